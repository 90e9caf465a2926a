#pragma once

#include "common/Error.h"

class QSqlError;
class QSqlQuery;

namespace waveshelf::storage {

// An ErrorKind::Database error for a failed query: a plain message for the
// user and the driver's text (never bound values) as the detail.
[[nodiscard]] Error databaseError(const QSqlError &sqlError, const char *what);

// The database server could not be reached or dropped the connection
// (PostgreSQL): nothing was written; Database reconnects on a later use.
[[nodiscard]] bool isConnectionLost(const Error &error);

// Runs a prepared query; false when it failed.
[[nodiscard]] bool execLogged(QSqlQuery &query, const char *what);

}  // namespace waveshelf::storage
