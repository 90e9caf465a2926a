#pragma once

#include "common/Result.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace waveshelf::cli {

// The options several commands share, named and described once.
class CommonOptions final {
    Q_DECLARE_TR_FUNCTIONS(CommonOptions)

public:
    [[nodiscard]] static QCommandLineOption dataDir();
    [[nodiscard]] static QCommandLineOption verbose();
    [[nodiscard]] static QCommandLineOption user();
    [[nodiscard]] static QCommandLineOption passwordStdin();
    [[nodiscard]] static QCommandLineOption json();
    [[nodiscard]] static QCommandLineOption limit();

    // --user's value, trimmed; InvalidInput when missing.
    [[nodiscard]] static Result<QString> userValue(const QCommandLineParser &parser);
    // --limit's value: 0 (all) when not given, InvalidInput unless a positive number.
    [[nodiscard]] static Result<int> limitValue(const QCommandLineParser &parser);
};

}  // namespace waveshelf::cli
