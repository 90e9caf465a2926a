#include "JsonModelBench.h"

#include "BenchTable.h"
#include "CannedNetwork.h"
#include "Paginator.h"
#include "SandboxData.h"
#include "SandboxJson.h"
#include "SandboxRequest.h"
#include "models/TrackListModel.h"
#include "network/ApiClient.h"
#include "soundcloud/ApiJson.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

namespace waveshelf::bench {

JsonModelBench::JsonModelBench(TokenSession &tokens, QUrl apiBase, int runs)
    : m_tokens(tokens)
    , m_apiBase(std::move(apiBase))
    , m_runs(runs)
{
}

QByteArrayList JsonModelBench::erinPages(const QUrl &apiBase)
{
    using namespace sandbox;
    const SandboxData data;
    const SandboxUser *erin = data.userByUsername(QStringLiteral("erin"));
    const SandboxJson json(data, apiBase);
    QByteArrayList pages;
    for (qsizetype offset = 0; offset < erin->trackIds.size(); offset += Paginator::kMaxLimit) {
        SandboxRequest request;
        request.path = QStringLiteral("/me/tracks");
        request.query.add(QStringLiteral("limit"), QString::number(Paginator::kMaxLimit));
        request.query.add(QStringLiteral("linked_partitioning"), QStringLiteral("true"));
        if (offset > 0)
            request.query.add(QStringLiteral("cursor"), Paginator::encodeCursor(offset));
        pages.append(Paginator::page(request, apiBase, erin->trackIds.size(), [&](qsizetype index) {
                         return json.track(*data.track(erin->trackIds.at(index)));
                     }).body);
    }
    return pages;
}

double JsonModelBench::modelLoadMs(const QByteArrayList &pages) const
{
    CannedNetwork network(pages);
    ApiClient api(network, m_tokens, m_apiBase);
    TrackListModel model(api);
    QEventLoop loop;
    QObject::connect(&model, &TrackListModel::pageLoaded, &loop, [&](int, bool complete) {
        if (complete)
            loop.quit();
        else
            model.fetchMore({});
    });
    QObject::connect(&model, &TrackListModel::loadFailed, &loop, [&] { loop.exit(1); });
    QTimer::singleShot(120'000, &loop, [&] { loop.exit(1); });
    QElapsedTimer clock;
    clock.start();
    model.load(api.listUrl(QStringLiteral("/me/tracks")));
    const int failed = loop.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (failed || model.rowCount() != sandbox::SandboxData::kErinTrackCount) {
        std::fprintf(stderr, "waveshelf-bench: the model loaded %d rows\n", model.rowCount());
        return -1;
    }
    return ms;
}

bool JsonModelBench::run(BenchTable &table)
{
    const QByteArrayList pages = erinPages(m_apiBase);
    QList<double> model;
    QList<double> parse;
    QList<double> raw;
    for (int run = 0; run < m_runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        qsizetype objects = 0;
        for (const QByteArray &page : pages)
            objects += QJsonDocument::fromJson(page).object().size();
        raw.append(double(clock.nsecsElapsed()) / 1e6);
        if (objects == 0)
            return false;

        clock.restart();
        qsizetype tracks = 0;
        for (const QByteArray &page : pages)
            tracks += ApiJson::parseTrackPage(page).value().tracks.size();
        parse.append(double(clock.nsecsElapsed()) / 1e6);

        const double ms = modelLoadMs(pages);
        if (ms < 0 || tracks != sandbox::SandboxData::kErinTrackCount)
            return false;
        model.append(ms);
    }
    qint64 bytes = 0;
    for (const QByteArray &page : pages)
        bytes += page.size();

    Figure toModel;
    toModel.key = QStringLiteral("json_to_model_ms");
    toModel.name = QStringLiteral("JSON to model, 10,000 tracks (vs fromJson)");
    toModel.unit = QStringLiteral("ms");
    toModel.waveshelf = BenchTable::median(model);
    toModel.reference = BenchTable::median(raw);
    toModel.goal = QStringLiteral("≤ 2 × fromJson");
    toModel.met = toModel.waveshelf <= 2 * toModel.reference;
    toModel.note =
        QStringLiteral("%1 pages, %2 MiB of JSON").arg(pages.size()).arg(double(bytes) / 1048576.0, 0, 'f', 1);
    table.add(toModel);

    Figure parseOnly = toModel;
    parseOnly.key = QStringLiteral("json_parse_ms");
    parseOnly.name = QStringLiteral("ApiJson::parseTrackPage alone (vs fromJson)");
    parseOnly.waveshelf = BenchTable::median(parse);
    parseOnly.goal.clear();
    parseOnly.met.reset();
    parseOnly.note.clear();
    table.add(parseOnly);
    return true;
}

}  // namespace waveshelf::bench
