#pragma once

namespace waveshelf {

// The SQL flavours Waveshelf speaks. Queries are written to run on both;
// only the migrations differ, through placeholders (see Migrations).
enum class SqlDialect {
    SQLite,
    PostgreSQL,
};

}  // namespace waveshelf
