#include "LogGuard.h"

#include <QLoggingCategory>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace waveshelf::fuzz {

namespace {

// Never destroyed: Qt still logs from its own static destructors at exit.
QList<QByteArray> &forbidden()
{
    static auto *needles = new QList<QByteArray>;
    return *needles;
}

void guard(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray text = message.toUtf8();
    for (const QByteArray &needle : std::as_const(forbidden())) {
        if (!needle.isEmpty() && text.contains(needle)) {
            std::fprintf(stderr, "A log line (category %s) holds a secret: %s\n",
                         context.category ? context.category : "?", text.constData());
            std::abort();
        }
    }
    if (type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", text.constData());
}

}  // namespace

void LogGuard::install()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    qInstallMessageHandler(guard);
}

void LogGuard::forbid(const QList<QByteArray> &needles)
{
    forbidden() = needles;
}

void LogGuard::alsoForbid(const QByteArray &needle)
{
    forbidden().append(needle);
}

}  // namespace waveshelf::fuzz
