#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace waveshelf {

class Database;

// The view_state table (schema 0009): one local user's state of a view (a
// table header's widths, order and sort), as an opaque blob per view key.
// Bound to one user: what one user arranged never shows for another.
class ViewStateRepository final {
public:
    ViewStateRepository(Database &db, qint64 userId);

    // The saved state, or an empty array when the view has none yet.
    [[nodiscard]] Result<QByteArray> load(const QString &viewKey) const;
    // Replaces the view's state.
    [[nodiscard]] Result<void> save(const QString &viewKey, const QByteArray &state);

private:
    Database &m_db;
    qint64 m_userId;
};

}  // namespace waveshelf
