#pragma once

class QCommandLineParser;

namespace waveshelf {
class AppCore;
}  // namespace waveshelf

namespace waveshelf::cli {

class Console;

// What a command runs with: its parsed command line, the console and the
// opened core (settings, database, network), as the app opens it.
struct CommandContext {
    const QCommandLineParser &parser;
    Console &console;
    AppCore &services;
};

}  // namespace waveshelf::cli
