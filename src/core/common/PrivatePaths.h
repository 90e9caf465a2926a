#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace waveshelf {

// Folders and files for their owner only (the data folder, the settings file,
// browser profiles): created with their final mode, so they are never looser
// for a moment whatever the umask, and checked before they are trusted.
// Every change of mode is checked. Symbolic links are followed: what counts
// is the folder or file they lead to.
class PrivatePaths final {
    Q_DECLARE_TR_FUNCTIONS(PrivatePaths)

public:
    enum class Verdict {
        Private,  // ours, readable and writable by us only
        Missing,
        OtherOwner,        // belongs to another user
        WritableByOthers,  // ours, but group or others may change it
        ReadableByOthers,  // ours and unchanged by others, but others may read it
    };

    struct Inspection {
        Verdict verdict = Verdict::Missing;
        QString owner;  // the owner's user name (or number)
        QString mode;   // as "0755"
    };

    [[nodiscard]] static Inspection inspect(const QString &path);
    // Creates `path` and every missing folder above it, each with mode 0700.
    // A folder that appears meanwhile (another process) is fine.
    [[nodiscard]] static Result<void> makeDir(const QString &path);
    // Creates an empty file with mode 0600; fails if something is there already.
    [[nodiscard]] static Result<void> createFile(const QString &path);
    // Sets a folder to 0700 or a file to 0600.
    [[nodiscard]] static Result<void> restrict(const QString &path);
};

}  // namespace waveshelf
