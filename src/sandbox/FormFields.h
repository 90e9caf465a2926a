#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace waveshelf::sandbox {

// application/x-www-form-urlencoded fields (a form body or a URL query), in order,
// decoded the way browsers and OAuth servers do ('+' is a space).
class FormFields final {
public:
    using Item = QPair<QString, QString>;

    FormFields() = default;
    [[nodiscard]] static FormFields parse(const QByteArray &encoded);

    void add(const QString &key, const QString &value);
    void remove(const QString &key);
    [[nodiscard]] QString value(const QString &key) const;
    [[nodiscard]] bool contains(const QString &key) const;
    // True when some key appears more than once (OAuth forbids repeated parameters).
    [[nodiscard]] bool hasRepeatedKeys() const;
    [[nodiscard]] const QList<Item> &items() const { return m_items; }

    // Percent-encodes everything but RFC 3986 unreserved characters, so that any
    // value (a state with '&', '+', '=', spaces or non-ASCII) comes back exactly.
    [[nodiscard]] QByteArray encoded() const;

private:
    QList<Item> m_items;
};

}  // namespace waveshelf::sandbox
