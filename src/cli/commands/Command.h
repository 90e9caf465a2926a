#pragma once

#include "ExitCode.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace waveshelf::cli {

struct CommandContext;

// One waveshelf-cli command ("users add", "tracks"...). CliApp finds it by
// its words, gives it a parser to add its options to, checks the number of
// arguments, and runs it with the services opened.
class Command {
public:
    Command() = default;
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;
    Command(Command &&) = delete;
    Command &operator=(Command &&) = delete;

    // The words that name it, e.g. "users add".
    [[nodiscard]] virtual QString name() const = 0;
    // One line for the command list.
    [[nodiscard]] virtual QString summary() const = 0;
    // What --help says about it, beyond the summary (may be empty).
    [[nodiscard]] virtual QString details() const { return {}; }
    // Its positional arguments, in order, as usage shows them (e.g. {"NAME"}).
    [[nodiscard]] virtual QStringList arguments() const { return {}; }
    // Any number of further arguments, as usage shows them (e.g. "[TRACK_URN…]");
    // empty: none are taken.
    [[nodiscard]] virtual QString moreArguments() const { return {}; }
    // The options it needs, as usage and the command list show them
    // (e.g. {"--user NAME"}).
    [[nodiscard]] virtual QStringList requiredOptions() const { return {}; }
    // True when it reads a password (an extra argument is then refused as
    // what it most likely is: a password typed on the command line).
    [[nodiscard]] virtual bool readsPasswords() const { return false; }

    virtual void addOptions(QCommandLineParser &parser) const = 0;
    [[nodiscard]] virtual ExitCode run(CommandContext &context) = 0;
};

}  // namespace waveshelf::cli
