#include "SandboxLog.h"

#include <mutex>

namespace waveshelf::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "waveshelf.sandbox", QtInfoMsg)

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

void withoutQtHttpServerDebug(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

}  // namespace

void silenceQtHttpServerDebugLogging()
{
    static std::once_flag once;
    std::call_once(once, [] { previousFilter = QLoggingCategory::installFilter(withoutQtHttpServerDebug); });
}

}  // namespace waveshelf::sandbox
