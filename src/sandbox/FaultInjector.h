#pragma once

#include "Fault.h"
#include "SandboxReply.h"

#include <QList>

#include <optional>

namespace waveshelf::sandbox {

// Holds the injected faults and renders the canned answers of the simple kinds.
class FaultInjector final {
public:
    void add(const Fault &fault);
    void clear();
    // The first fault whose prefix (and method, if it names one) matches, using up one of its count.
    [[nodiscard]] std::optional<Fault> take(const QString &path, const QByteArray &method);

    // The answer of a Status, RateLimited, HtmlForbidden or MalformedJson fault.
    [[nodiscard]] static SandboxReply replyFor(const Fault &fault, const QString &path);

private:
    QList<Fault> m_faults;
};

}  // namespace waveshelf::sandbox
