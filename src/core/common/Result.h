#pragma once

#include "common/Error.h"

#include <utility>
#include <variant>

namespace waveshelf {

// A value or an Error. Small on purpose: ok(), value(), error().
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }  // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

}  // namespace waveshelf
