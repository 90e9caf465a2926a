#pragma once

class QCommandLineParser;

namespace waveshelf::cli {

class CliServices;
class Console;

// What a command runs with: its parsed command line, the console and the
// opened services (settings, database, network).
struct CommandContext {
    const QCommandLineParser &parser;
    Console &console;
    CliServices &services;
};

}  // namespace waveshelf::cli
