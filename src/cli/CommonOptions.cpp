#include "CommonOptions.h"

#include <QCommandLineParser>

namespace waveshelf::cli {

QCommandLineOption CommonOptions::dataDir()
{
    return QCommandLineOption(QStringLiteral("data-dir"),
                              tr("Use the Waveshelf data folder <dir> (default: $WAVESHELF_DATA_DIR, "
                                 "else the app's own)."),
                              tr("dir"));
}

QCommandLineOption CommonOptions::verbose()
{
    return QCommandLineOption(QStringLiteral("verbose"), tr("Show Waveshelf's log messages on standard error."));
}

QCommandLineOption CommonOptions::user()
{
    return QCommandLineOption(QStringLiteral("user"), tr("The local Waveshelf user <name>."), tr("name"));
}

QCommandLineOption CommonOptions::passwordStdin()
{
    return QCommandLineOption(QStringLiteral("password-stdin"),
                              tr("Read the password from standard input (its first line) instead of asking."));
}

QCommandLineOption CommonOptions::json()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print JSON for machines instead of a table."));
}

QCommandLineOption CommonOptions::limit()
{
    return QCommandLineOption(QStringLiteral("limit"), tr("Show at most <n> items (default: all)."), tr("n"));
}

Result<QString> CommonOptions::userValue(const QCommandLineParser &parser)
{
    const QString name = parser.value(QStringLiteral("user")).trimmed();
    if (name.isEmpty()) {
        return Error{ErrorKind::InvalidInput, tr("Say which local user with --user NAME."),
                     QStringLiteral("no --user")};
    }
    return name;
}

Result<int> CommonOptions::limitValue(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("limit")))
        return 0;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).trimmed().toInt(&ok);
    if (!ok || limit <= 0) {
        return Error{ErrorKind::InvalidInput, tr("--limit needs a whole number greater than 0."),
                     QStringLiteral("bad --limit")};
    }
    return limit;
}

}  // namespace waveshelf::cli
