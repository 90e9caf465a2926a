#pragma once

#include "common/Result.h"

#include <QString>

namespace waveshelf {

// A folder that belongs to one local user under a shared root: root/user-<id>,
// owner only (0700, as is the root). The browser profiles and the artwork cache
// are such folders; each is removed with its user.
class PerUserFolder final {
public:
    [[nodiscard]] static QString path(const QString &root, qint64 userId);
    // Creates the user's folder (and the root) with mode 0700 from the start, or
    // makes the ones there 0700; refuses one of another user with `notYours`
    // (a translated sentence, %1: the folder). The folder's path.
    [[nodiscard]] static Result<QString> make(const QString &root, qint64 userId, const QString &notYours);
    // Deletes the folder and everything in it; true if it is gone (or never existed).
    static bool remove(const QString &root, qint64 userId);
};

}  // namespace waveshelf
