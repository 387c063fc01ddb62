// SPDX-License-Identifier: Apache-2.0
// The hostile-input catalogue (hostile/catalogue.json) through the real crossroads-cli: each
// input is generated, the command run in a process of its own with its time and peak memory
// measured, and its exit status, message and outputs checked. What a case expects comes from
// the issue that asked for it: exit 2, the file and the place named, bounded, no secret echoed.
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

/// QVERIFY2 with a message built from parts.
#define EXPECT(condition, message) QVERIFY2(condition, QByteArray(message).constData())

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif
#else
constexpr bool sanitized = false;
#endif

struct Outcome {
    int exitCode = -1;
    bool signalled = false;
    bool timedOut = false;
    double seconds = 0;
    long peakMb = 0;
    QByteArray out, err;
};

QByteArray readAll(const QString& path, qint64 limit = qint64(1) << 30)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(limit) : QByteArray();
}

/// Writes a case's input from its parts (text, hex bytes, a repeated text, or the first
/// fraction of a file of the checkout) straight to the file: this process stays small, which
/// keeps the peak memory measured for the child its own (Linux carries a parent's high-water
/// mark into a child it spawns).
bool writeGenerated(const QString& path, const QJsonArray& parts)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    for (const QJsonValue& value : parts) {
        const QJsonObject part = value.toObject();
        if (part.contains(QLatin1String("text"))) {
            out.write(part.value(QLatin1String("text")).toString().toUtf8());
        } else if (part.contains(QLatin1String("hex"))) {
            out.write(QByteArray::fromHex(part.value(QLatin1String("hex")).toString().toLatin1()));
        } else if (part.contains(QLatin1String("repeat"))) {
            const QByteArray unit = part.value(QLatin1String("repeat")).toString().toUtf8();
            const int times = part.value(QLatin1String("times")).toInt();
            const int perWrite = qMax(1, (64 << 10) / qMax(1, int(unit.size())));
            const QByteArray block = unit.repeated(perWrite);
            int left = times;
            for (; left >= perWrite; left -= perWrite)
                out.write(block);
            out.write(unit.repeated(left));
        } else if (part.contains(QLatin1String("source"))) {
            const QByteArray whole = readAll(QStringLiteral(CROSSROADS_SOURCE_DIR "/") + part.value(QLatin1String("source")).toString());
            out.write(whole.left(static_cast<qsizetype>(static_cast<double>(whole.size()) * part.value(QLatin1String("fraction")).toDouble())));
        }
    }
    return out.error() == QFileDevice::NoError;
}

/// A Kubernetes List of `count` pods, for the file that changes while it is read.
bool writePodList(const QString& path, int count)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write("{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[\n");
    for (int i = 0; i < count; ++i) {
        out.write("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"pod-" + QByteArray::number(i)
            + "\",\"namespace\":\"load\"},\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"registry.example.com/app:1.0\","
              "\"securityContext\":{\"runAsNonRoot\":true,\"allowPrivilegeEscalation\":false}}]}}");
        out.write(i + 1 < count ? ",\n" : "\n");
    }
    out.write("]}\n");
    return out.error() == QFileDevice::NoError;
}

bool holdsOpen(pid_t pid, const QString& path)
{
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString& fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        if (QFile::symLinkTarget(fds.filePath(fd)) == path)
            return true;
    }
    return false;
}

/// Runs the CLI in a process of its own; wait4 gives its own peak memory.
Outcome run(QStringList arguments, const QString& home, const QString& folder, double maxSeconds, bool withoutOverride,
    const std::function<void(pid_t)>& whileRunning, long addressSpaceMb = 0)
{
    std::vector<QByteArray> strings;
    if (withoutOverride) {
        // As root, mode 000 stops nobody: drop the capabilities that override permissions.
        strings = { "setpriv", "--bounding-set=-dac_override,-dac_read_search" };
    }
    strings.push_back(QByteArrayLiteral(CROSSROADS_CLI_PATH));
    for (const QString& argument : arguments)
        strings.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& string : strings)
        argv.push_back(string.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> environment { "LANG=C.UTF-8", "NO_COLOR=1", "XDG_CONFIG_HOME=" + home.toLocal8Bit(),
        "PATH=" + qgetenv("PATH"), "ASAN_OPTIONS=" + qgetenv("ASAN_OPTIONS"), "UBSAN_OPTIONS=" + qgetenv("UBSAN_OPTIONS") };
    std::vector<char*> envp;
    for (QByteArray& entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    const QByteArray outPath = (folder + QStringLiteral("/.stdout")).toLocal8Bit();
    const QByteArray errPath = (folder + QStringLiteral("/.stderr")).toLocal8Bit();
    Outcome outcome;
    const auto start = std::chrono::steady_clock::now();
    // fork, not posix_spawn: a child that shares this process's memory until exec starts with
    // this process's high-water mark, and its own peak could not be told.
    const pid_t pid = fork();
    if (pid < 0)
        return outcome;
    if (pid == 0) {
        const int in = open("/dev/null", O_RDONLY);
        const int out = open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = open(errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        if (addressSpaceMb > 0) {
            const rlimit limit { static_cast<rlim_t>(addressSpaceMb) << 20, static_cast<rlim_t>(addressSpaceMb) << 20 };
            setrlimit(RLIMIT_AS, &limit);
        }
        if (withoutOverride)
            execvpe("setpriv", argv.data(), envp.data());
        else
            execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    if (whileRunning)
        whileRunning(pid);
    int status = 0;
    rusage usage {};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > maxSeconds) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            outcome.timedOut = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    outcome.peakMb = usage.ru_maxrss / 1024;
    outcome.signalled = WIFSIGNALED(status);
    outcome.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    // The first MiBs say enough, and a big read would grow this process (see writeGenerated).
    outcome.out = readAll(QString::fromLocal8Bit(outPath), qint64(4) << 20);
    outcome.err = readAll(QString::fromLocal8Bit(errPath), qint64(4) << 20);
    return outcome;
}

} // namespace

class TestHostile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsLargeEnough()
    {
        QVERIFY2(cases().size() >= 40, "the catalogue keeps at least 40 hostile inputs");
    }

    void hostileInput_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        for (const QJsonValue& value : cases())
            QTest::newRow(qPrintable(value.toObject().value(QLatin1String("name")).toString())) << value.toObject();
    }

    void hostileInput()
    {
        QFETCH(QJsonObject, entry);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString home = root.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));
        const QString file = root.filePath(entry.value(QLatin1String("file")).toString());
        const QString folder = QFileInfo(file).absolutePath();
        QVERIFY(QDir().mkpath(folder));

        // The other files of the case, next to the input (or next to its folder).
        for (const QJsonValue& value : entry.value(QLatin1String("files")).toArray()) {
            const QJsonObject other = value.toObject();
            const QString path = root.filePath(other.value(QLatin1String("name")).toString());
            if (other.contains(QLatin1String("symlink")))
                QVERIFY(QFile::link(other.value(QLatin1String("symlink")).toString(), path));
            else if (other.value(QLatin1String("fifo")).toBool())
                QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
            else
                QVERIFY(writeGenerated(path, other.value(QLatin1String("content")).toArray()));
        }
        const QString kind = entry.value(QLatin1String("kind")).toString();
        bool withoutOverride = false;
        std::function<void(pid_t)> whileRunning;
        if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
        } else if (kind == QLatin1String("symlink")) {
            QVERIFY(QFile::link(entry.value(QLatin1String("target")).toString(), file));
        } else if (kind == QLatin1String("truncate_while_reading")) {
            QVERIFY(writePodList(file, 20'000));
            const QString canonical = QFileInfo(file).canonicalFilePath();
            whileRunning = [canonical, file](pid_t pid) {
                // Once the file is open, cut it to a third, mid-object.
                for (int i = 0; i < 2000 && !holdsOpen(pid, canonical); ++i)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                QFile::resize(file, QFileInfo(file).size() / 3);
            };
        } else {
            QVERIFY(writeGenerated(file, entry.value(QLatin1String("content")).toArray()));
            if (kind == QLatin1String("unreadable")) {
                QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
                withoutOverride = geteuid() == 0;
            }
        }

        auto expand = [&](QString text) {
            return text.replace(QLatin1String("{file}"), file).replace(QLatin1String("{dir}"), folder).replace(QLatin1String("{source}"), QStringLiteral(CROSSROADS_SOURCE_DIR));
        };
        QStringList arguments;
        for (const QJsonValue& argument : entry.value(QLatin1String("args")).toArray())
            arguments << expand(argument.toString());
        const double maxSeconds = entry.value(QLatin1String("max_seconds")).toDouble(30);
        const long maxMb = entry.value(QLatin1String("max_mb")).toInt(200);
        const Outcome outcome = run(arguments, home, root.path(), maxSeconds, withoutOverride, whileRunning);
        const QString told = QString::fromUtf8(outcome.err);
        const QString all = QString::fromUtf8(outcome.out) + told;
        const QByteArray context = (arguments.join(QLatin1Char(' ')) + QStringLiteral("\nstderr: ") + told.left(600)).toUtf8();

        EXPECT(!outcome.timedOut, "no answer within the time bound: " + context);
        EXPECT(!outcome.signalled, "crashed: " + context);
        if (entry.contains(QLatin1String("exit_any"))) {
            EXPECT(entry.value(QLatin1String("exit_any")).toArray().contains(outcome.exitCode), "exit " + QByteArray::number(outcome.exitCode) + ": " + context);
            if (outcome.exitCode == 2) {
                for (const QJsonValue& part : entry.value(QLatin1String("message_if_failed")).toArray())
                    EXPECT(told.contains(expand(part.toString())), "the message lacks \"" + expand(part.toString()).toUtf8() + "\": " + context);
            }
        } else {
            EXPECT(outcome.exitCode == entry.value(QLatin1String("exit")).toInt(2), "exit " + QByteArray::number(outcome.exitCode) + ": " + context);
        }
        for (const QJsonValue& part : entry.value(QLatin1String("message")).toArray())
            EXPECT(told.contains(expand(part.toString())), "the message lacks \"" + expand(part.toString()).toUtf8() + "\": " + context);
        for (const QJsonValue& part : entry.value(QLatin1String("output")).toArray())
            EXPECT(all.contains(expand(part.toString())), "the output lacks \"" + expand(part.toString()).toUtf8() + "\": " + context);
        for (const QJsonValue& part : entry.value(QLatin1String("never")).toArray())
            EXPECT(!all.contains(part.toString()), "a secret was echoed: " + context);
        if (!sanitized)
            EXPECT(outcome.peakMb <= maxMb, "peak memory " + QByteArray::number(outcome.peakMb) + " MB: " + context);
        qInfo("exit %d, %.2f s, %ld MB peak", outcome.exitCode, outcome.seconds, outcome.peakMb);
    }

    /// A machine without the memory an input needs: a clear message naming the cause, exit 2,
    /// and no half-written report, wherever the memory runs out (reading, checking, writing).
    void runningOutOfMemoryIsAMessageNotACrash()
    {
        if (sanitized)
            QSKIP("the sanitizers reserve more address space than the limit");
        QTemporaryDir root;
        const QString home = root.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));
        const QString file = root.filePath(QStringLiteral("pods.json"));
        QVERIFY(writePodList(file, 150'000));
        const QString report = root.filePath(QStringLiteral("report.json"));
        for (const long limitMb : { 160L, 250L, 400L }) {
            const Outcome outcome = run({ QStringLiteral("check"), QStringLiteral("--side"), QStringLiteral("prod"), file, QStringLiteral("--format"), QStringLiteral("json"),
                                            QStringLiteral("-o"), report },
                home, root.path(), 60, false, {}, limitMb);
            const QByteArray context = "at " + QByteArray::number(limitMb) + " MB: " + outcome.err.left(400);
            QVERIFY2(!outcome.signalled && !outcome.timedOut, context.constData());
            QVERIFY2(outcome.exitCode == 2, context.constData());
            QVERIFY2(outcome.err.contains("not enough memory to finish"), context.constData());
            QVERIFY2(!QFileInfo::exists(report), context.constData());
        }
    }

private:
    static QJsonArray cases()
    {
        static const QJsonArray all = QJsonDocument::fromJson(readAll(QStringLiteral(CROSSROADS_SOURCE_DIR "/tests/hostile/catalogue.json")))
                                          .object()
                                          .value(QLatin1String("cases"))
                                          .toArray();
        return all;
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
