#include "PkceCheck.h"

#include <QCryptographicHash>

namespace waveshelf::sandbox {

namespace {

bool isAlphaNumeric(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

}  // namespace

bool PkceCheck::isValidVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const QChar c : verifier) {
        if (!isAlphaNumeric(c) && c != u'-' && c != u'.' && c != u'_' && c != u'~')
            return false;
    }
    return true;
}

QString PkceCheck::challengeFor(const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool PkceCheck::isWellFormedChallenge(const QString &challenge)
{
    if (challenge.size() != 43)
        return false;
    for (const QChar c : challenge) {
        if (!isAlphaNumeric(c) && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

}  // namespace waveshelf::sandbox
