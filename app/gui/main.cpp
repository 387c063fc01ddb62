// SPDX-License-Identifier: Apache-2.0
// crossroads: the desktop application. With no display it runs the same comparison headless
// and prints the text report, so the README's run command works on a server too.

#include "guiapplication.h"
#include "guidocs.h"
#include "headlessrun.h"

int main(int argc, char* argv[])
{
    if (const int documented = crossroads::GuiDocs::run(argc, argv); documented >= 0)
        return documented;
    if (crossroads::HeadlessRun::noDisplay())
        return crossroads::HeadlessRun::run(argc, argv);
    return crossroads::GuiApplication::run(argc, argv);
}
