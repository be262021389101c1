#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "core/cluster_store.h"
#include "core/i18n.h"
#include "core/objective_store.h"
#include "core/review_store.h"
#include "tests/support/cluster_plan.h"
#include "tests/support/temp_dir.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

namespace {
struct BoardFixture {
    explicit BoardFixture(const std::string& path) : plan(path) {
        theme_id = plan.theme_id;
        uuids = plan.uuids;
        ws.Adopt(std::move(plan.store));
        state.screen = Screen::Board;
        state.theme_id = theme_id;
    }
    test::ClusterPlan plan;
    Workspace ws;
    AppState state;
    int64_t theme_id = 0;
    std::vector<std::string> uuids;
};

const TextAnalyzer& Analyzer() {
    static TextAnalyzer analyzer(FindAssetsDir());
    return analyzer;
}
} // namespace

TEST_CASE("dragging a note card onto another column moves it there, as a manual decision", "[ui][board]") {
    test::TempDir dir;
    BoardFixture fx(dir.File("plan.hdesk"));
    ClusterStore cs(fx.ws.Store(), Analyzer());
    ReclusterOptions options;
    options.k = 3;
    cs.Recluster(fx.theme_id, options);
    int64_t from = cs.ClusterOfNote(fx.uuids[0]);
    int64_t to = 0;
    for (const ThemeCluster& c : cs.ListClusters(fx.theme_id))
        if (c.id != from) { to = c.id; break; }
    REQUIRE(to != 0);

    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    REQUIRE(ui.DragProbe("board.card." + fx.uuids[0], "board.column." + std::to_string(to)));
    CHECK(fx.state.error_message.empty());
    CHECK(cs.ClusterOfNote(fx.uuids[0]) == to);
    CHECK(fx.state.board.last_drop_cluster == to);
    auto moved = cs.GetCluster(to);
    REQUIRE(moved);
    bool manual = false;
    for (const ClusterMember& m : moved->members)
        if (m.note_uuid == fx.uuids[0]) manual = m.manual;
    CHECK(manual);
    // The board shows the card in its new column on the next frames.
    ui.Frame(2);
    REQUIRE(ui.Probe().count("board.card." + fx.uuids[0]));
    ProbeRect card = ui.Probe().at("board.card." + fx.uuids[0]);
    ProbeRect column = ui.Probe().at("board.column." + std::to_string(to));
    CHECK(card.CenterX() > column.x0);
    CHECK(card.CenterX() < column.x1);
}

TEST_CASE("the Cluster button runs off the UI thread and fills the board, accepting an objective", "[ui][board]") {
    test::TempDir dir;
    BoardFixture fx(dir.File("plan.hdesk"));
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    fx.state.board.k = 3;
    REQUIRE(ui.ClickProbe("board.recluster"));
    for (int i = 0; i < 500 && fx.state.board.job; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        ui.Frame();
    }
    REQUIRE_FALSE(fx.state.board.job);
    CHECK(fx.state.error_message.empty());
    ui.Frame(2);
    ClusterStore cs(fx.ws.Store(), Analyzer());
    CHECK(cs.ListClusters(fx.theme_id).size() == 3);
    auto objectives = ObjectiveStore(fx.ws.Store()).ListObjectives(fx.theme_id);
    REQUIRE(objectives.size() == 4);
    int64_t id = objectives[1].id;
    REQUIRE(ui.ClickProbe("board.accept." + std::to_string(id)));
    CHECK(ObjectiveStore(fx.ws.Store()).GetObjective(id)->accepted);

    // Editing the accepted objective is recorded in the audit trail under the user's name.
    fx.state.user_name = "Mieke De Vos";
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("board.edit." + std::to_string(id)));
    ui.Frame(2);
    REQUIRE(fx.state.board.edit_objective_id == id);
    fx.state.board.edit.how = "Buurtbemiddeling en een avondwerking in het jeugdhuis.";
    REQUIRE(ui.ClickProbe("board.objective_save"));
    CHECK(fx.state.board.edit_objective_id == 0);
    CHECK(ObjectiveStore(fx.ws.Store()).GetObjective(id)->how == "Buurtbemiddeling en een avondwerking in het jeugdhuis.");
    auto audit = ReviewStore(fx.ws.Store()).ListAudit(0, fx.theme_id);
    REQUIRE_FALSE(audit.empty());
    CHECK(audit.back().what == "objective_edited");
    CHECK(audit.back().who == "Mieke De Vos");
}

TEST_CASE("a note typed after clustering waits in the unplaced column and can be dragged into a cluster", "[ui][board]") {
    test::TempDir dir;
    BoardFixture fx(dir.File("plan.hdesk"));
    ClusterStore cs(fx.ws.Store(), Analyzer());
    ReclusterOptions options;
    options.k = 2;
    cs.Recluster(fx.theme_id, options);
    Note n;
    n.hearing_id = fx.plan.hearing_id;
    n.reporter = 'A';
    n.text = "Nieuwe notitie over snelheid in de schoolstraat";
    std::string uuid = fx.ws.Store().AddNote(n).uuid;
    int64_t to = cs.ListClusters(fx.theme_id).back().id;

    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    REQUIRE(ui.Probe().count("board.card." + uuid));
    CHECK(cs.ClusterOfNote(uuid) == 0);
    REQUIRE(ui.DragProbe("board.card." + uuid, "board.column." + std::to_string(to)));
    CHECK(cs.ClusterOfNote(uuid) == to);
}
