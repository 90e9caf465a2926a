#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace waveshelf {

// Where the one result of an asynchronous operation goes, by the project's
// convention: the caller's `done`, unless the caller's `context` object was
// destroyed first (then the result is dropped). Cheap to copy into lambdas.
template <typename T>
class Delivery final {
public:
    using ResultType = Result<T>;
    using Callback = std::function<void(Result<T>)>;

    Delivery(QObject *context, Callback done)
        : m_context(context)
        , m_done(std::move(done))
    {
        Q_ASSERT(context);  // the convention: every caller names what its answer belongs to
    }

    void operator()(Result<T> result) const
    {
        if (m_context && m_done)
            m_done(std::move(result));
    }

private:
    QPointer<QObject> m_context;
    Callback m_done;
};

}  // namespace waveshelf
