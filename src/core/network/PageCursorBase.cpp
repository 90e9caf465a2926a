#include "network/PageCursorBase.h"

#include "common/LogCategories.h"
#include "network/ApiClient.h"

namespace waveshelf {

PageCursorBase::PageCursorBase(ApiClient &api)
    : m_api(api)
{
}

PageCursorBase::~PageCursorBase()
{
    cancel();
}

void PageCursorBase::restart(const QUrl &firstPage)
{
    cancel();
    m_next = firstPage;
    m_loaded.clear();
    m_emptyPagesInRow = 0;
    m_endedInCycle = false;
}

void PageCursorBase::cancel()
{
    delete m_request.data();  // drops the answer (ApiClient aborts the reply)
}

void PageCursorBase::fetchBody(QObject *context, std::function<void(Result<QByteArray>, QObject *request)> done)
{
    Q_ASSERT(context);
    Q_ASSERT(!atEnd());
    cancel();
    auto *request = new QObject(context);
    m_request = request;
    // Runs only while `request` lives, and we delete it before we go.
    m_api.get(m_next, request,
              [request, done = std::move(done)](Result<QByteArray> body) { done(std::move(body), request); });
}

void PageCursorBase::endFetch()
{
    if (QObject *request = m_request.data()) {
        m_request.clear();
        request->deleteLater();
    }
}

void PageCursorBase::advance(const QUrl &nextHref, bool pageWasEmpty)
{
    m_loaded.insert(m_next);
    m_emptyPagesInRow = pageWasEmpty ? m_emptyPagesInRow + 1 : 0;
    if (!nextHref.isEmpty() && m_loaded.contains(nextHref)) {
        qCWarning(lcApi) << "next_href points back to a page already loaded; the list ends here";
        m_endedInCycle = true;
        m_next.clear();
        return;
    }
    m_next = nextHref;
}

bool PageCursorBase::followsEmptyPage() const
{
    return !atEnd() && m_emptyPagesInRow > 0 && m_emptyPagesInRow < kMaxEmptyPagesInRow;
}

}  // namespace waveshelf
