#include "Fault.h"

namespace waveshelf::sandbox {

namespace {

Fault make(const QString &pathPrefix, Fault::Kind kind, int count)
{
    Fault fault;
    fault.pathPrefix = pathPrefix;
    fault.kind = kind;
    fault.count = count;
    return fault;
}

}  // namespace

Fault Fault::withStatus(const QString &pathPrefix, int status, int count)
{
    Fault fault = make(pathPrefix, Kind::Status, count);
    fault.status = status;
    return fault;
}

Fault Fault::rateLimited(const QString &pathPrefix, bool withDetails, int count)
{
    Fault fault = make(pathPrefix, Kind::RateLimited, count);
    fault.status = 429;
    fault.rateLimitDetails = withDetails;
    return fault;
}

Fault Fault::htmlForbidden(const QString &pathPrefix, int count)
{
    Fault fault = make(pathPrefix, Kind::HtmlForbidden, count);
    fault.status = 403;
    return fault;
}

Fault Fault::malformedJson(const QString &pathPrefix, int count)
{
    Fault fault = make(pathPrefix, Kind::MalformedJson, count);
    fault.status = 200;
    return fault;
}

Fault Fault::slow(const QString &pathPrefix, int delayMs, int count)
{
    Fault fault = make(pathPrefix, Kind::Slow, count);
    fault.delayMs = delayMs;
    return fault;
}

Fault Fault::drop(const QString &pathPrefix, int count)
{
    return make(pathPrefix, Kind::Drop, count);
}

Fault Fault::redirect(const QString &pathPrefix, const QByteArray &location, int count)
{
    Fault fault = make(pathPrefix, Kind::Redirect, count);
    fault.status = 302;
    fault.location = location;
    return fault;
}

}  // namespace waveshelf::sandbox
