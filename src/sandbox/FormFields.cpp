#include "FormFields.h"

#include <QSet>
#include <QUrl>

namespace waveshelf::sandbox {

namespace {

QString decodeComponent(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

}  // namespace

FormFields FormFields::parse(const QByteArray &encoded)
{
    FormFields fields;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            fields.add(decodeComponent(pair), QString());
        else
            fields.add(decodeComponent(pair.left(equals)), decodeComponent(pair.mid(equals + 1)));
    }
    return fields;
}

void FormFields::add(const QString &key, const QString &value)
{
    m_items.append({key, value});
}

void FormFields::remove(const QString &key)
{
    m_items.removeIf([&key](const Item &item) { return item.first == key; });
}

QString FormFields::value(const QString &key) const
{
    for (const Item &item : m_items) {
        if (item.first == key)
            return item.second;
    }
    return QString();
}

bool FormFields::contains(const QString &key) const
{
    for (const Item &item : m_items) {
        if (item.first == key)
            return true;
    }
    return false;
}

bool FormFields::hasRepeatedKeys() const
{
    QSet<QString> seen;
    for (const Item &item : m_items) {
        if (seen.contains(item.first))
            return true;
        seen.insert(item.first);
    }
    return false;
}

QByteArray FormFields::encoded() const
{
    QByteArray out;
    for (const Item &item : m_items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    return out;
}

}  // namespace waveshelf::sandbox
