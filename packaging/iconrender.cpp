// SPDX-License-Identifier: Apache-2.0
// iconrender SVG OUTDIR NAME SIZE…: OUTDIR/SIZExSIZE/apps/NAME.png for each size, as the hicolor
// icon theme lays them out, so that desktops that want bitmaps get a sharp one at each size.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 5) {
        std::fputs("usage: iconrender SVG OUTDIR NAME SIZE…\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(arguments[1]);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "iconrender: %s: not a readable SVG\n", qPrintable(arguments[1]));
        return 1;
    }
    for (qsizetype i = 4; i < arguments.size(); ++i) {
        const int size = arguments[i].toInt();
        if (size <= 0 || size > 1024) {
            std::fprintf(stderr, "iconrender: bad size %s\n", qPrintable(arguments[i]));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(arguments[2]).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(folder, arguments[3]);
        if (!QDir().mkpath(folder) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "iconrender: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
