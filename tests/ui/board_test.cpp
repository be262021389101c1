#include <catch2/catch.hpp>
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <chrono>
#include <cmath>
#include <map>
#include <thread>

#include "core/cluster/cluster_store.h"
#include "core/base/i18n.h"
#include "core/cluster/objective_store.h"
#include "core/review/review_store.h"
#include "tests/support/cluster_plan.h"
#include "tests/support/temp_dir.h"
#include "tests/ui/imgui_windows.h"
#include "tests/ui/ui_harness.h"

using namespace hd;
using hd::test::ChildWindows;
using hd::test::ContentHeight;

namespace {
const TextAnalyzer& Analyzer() {
    static TextAnalyzer analyzer(FindAssetsDir());
    return analyzer;
}

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

    // Clusters the theme's notes into exactly k clusters, as the board's Cluster button would.
    void Cluster(int k) {
        ReclusterOptions options;
        options.k = k;
        ClusterStore(ws.Store(), Analyzer()).Recluster(theme_id, options);
    }
};

} // namespace

TEST_CASE("dragging a note card onto another column moves it there, as a manual decision", "[ui][board]") {
    test::TempDir dir;
    BoardFixture fx(dir.File("plan.hdesk"));
    ClusterStore cs(fx.ws.Store(), Analyzer());
    fx.Cluster(3);
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
    // The run is the workspace's and shares its one analyzer.
    REQUIRE(fx.ws.Clustering().Running());
    CHECK(fx.ws.Clustering().Running()->analyzer == fx.ws.Analyzer());
    for (int i = 0; i < 500 && fx.ws.Clustering().Running(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        ui.Frame();
    }
    REQUIRE_FALSE(fx.ws.Clustering().Running());
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
    fx.Cluster(2);
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

TEST_CASE("cards scrolled out of a column are not drawn, yet the column scrolls as far and a selected card is scrolled to", "[ui][board]") {
    test::TempDir dir;
    BoardFixture fx(dir.File("plan.hdesk"));
    ClusterStore cs(fx.ws.Store(), Analyzer());
    fx.Cluster(2);
    // Notes typed after the run wait in the unplaced column, many screens tall; cards of 1 to 4 lines.
    std::vector<std::string> late;
    for (int i = 0; i < 120; ++i) {
        Note n;
        n.hearing_id = fx.plan.hearing_id;
        n.reporter = 'A';
        n.text = "Late note " + std::to_string(i) + ":";
        for (int r = 0; r <= i % 4; ++r) n.text += " de fietsers rijden veel te snel door de smalle schoolstraat";
        n.offset_ms = 500000 + i * 1000;
        late.push_back(fx.ws.Store().AddNote(n).uuid);
    }
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3); // the column gets its scrollbar, so the cards their final width
    REQUIRE(ChildWindows("##unplaced").size() == 1);
    ImGuiWindow* column = ChildWindows("##unplaced").front();

    // Reference: every card drawn, as the board did before it clipped.
    fx.state.board.clip_cards = false;
    ui.ClearProbe();
    ui.Frame();
    std::map<std::string, ProbeRect> drawn;
    for (const std::string& uuid : late) {
        REQUIRE(ui.Probe().count("board.card." + uuid));
        drawn[uuid] = ui.Probe().at("board.card." + uuid);
    }
    float all_drawn = ContentHeight(column);
    CHECK(all_drawn > 5 * 900);
    ui.Frame();
    float scroll_max_all_drawn = column->ScrollMax.y; // from the previous frame's layout
    CHECK(scroll_max_all_drawn > 4 * 900);

    // Clipped: the frame that measures every card, then frames that skip runs of cards, draw only the
    // cards in view, where they were, and lay out exactly the same height.
    fx.state.board.clip_cards = true;
    fx.ws.Changed();
    for (int frame = 0; frame < 3; ++frame) {
        INFO("frame " << frame);
        ui.ClearProbe();
        ui.Frame();
        REQUIRE(ui.Probe().count("board.card." + late.front()));
        CHECK(ui.Probe().at("board.card." + late.front()).y0 == drawn[late.front()].y0);
        CHECK(ui.Probe().at("board.card." + late[1]).y1 == drawn[late[1]].y1);
        CHECK_FALSE(ui.Probe().count("board.card." + late[late.size() / 2]));
        CHECK_FALSE(ui.Probe().count("board.card." + late.back()));
        CHECK(ContentHeight(column) == all_drawn);
        CHECK(column->ScrollMax.y == scroll_max_all_drawn);
    }

    // Jumping to the last card (as from an objective's linked notes) scrolls it into view.
    fx.state.board.selected_note = late.back();
    fx.state.board.scroll_to_selected = true;
    ui.Frame(2); // one frame asks for the scroll, the next applies it
    CHECK_FALSE(fx.state.board.scroll_to_selected);
    ui.ClearProbe();
    ui.Frame();
    REQUIRE(ui.Probe().count("board.card." + late.back()));
    REQUIRE(ui.Probe().count("board.unplaced"));
    ProbeRect card = ui.Probe().at("board.card." + late.back());
    ProbeRect box = ui.Probe().at("board.unplaced");
    CHECK(card.y0 >= box.y0);
    CHECK(card.y1 <= box.y1);
    CHECK(card.x0 >= box.x0);
    CHECK(card.x1 <= box.x1);
    CHECK(card.y1 - card.y0 == drawn[late.back()].y1 - drawn[late.back()].y0);
    CHECK(column->Scroll.y > 0);
    // Where drawing every card put it, moved up by the scroll (ImGui rounds positions to whole pixels).
    CHECK(std::abs(card.y0 - (drawn[late.back()].y0 - column->Scroll.y)) <= 1.0f);
    CHECK_FALSE(ui.Probe().count("board.card." + late.front()));
    // Measuring again at this scroll position gives the same layout as skipping runs of cards.
    float clipped = ContentHeight(column);
    fx.ws.Changed();
    ui.ClearProbe();
    ui.Frame();
    CHECK(ContentHeight(column) == clipped);
    REQUIRE(ui.Probe().count("board.card." + late.back()));
    CHECK(ui.Probe().at("board.card." + late.back()).y0 == card.y0);
    CHECK_FALSE(ui.Probe().count("board.card." + late.front()));
    // The card scrolled to is a real card: a click on it selects it.
    fx.state.board.selected_note.clear();
    REQUIRE(ui.ClickProbe("board.card." + late.back()));
    CHECK(fx.state.board.selected_note == late.back());
}

TEST_CASE("a column scrolled off the side of the board draws no cards", "[ui][board]") {
    test::TempDir dir;
    BoardFixture fx(dir.File("plan.hdesk"));
    ClusterStore cs(fx.ws.Store(), Analyzer());
    fx.Cluster(3);
    std::vector<ThemeCluster> clusters = cs.ListClusters(fx.theme_id);
    REQUIRE(clusters.size() == 3);
    test::HeadlessUi ui(fx.state, fx.ws, 500, 900); // room for one column and a bit
    ui.Frame(3);
    std::vector<ImGuiWindow*> columns = ChildWindows("##column");
    REQUIRE(columns.size() == 3);
    fx.state.board.clip_cards = false;
    ui.ClearProbe();
    ui.Frame();
    for (const ThemeCluster& c : clusters)
        for (const ClusterMember& m : c.members) REQUIRE(ui.Probe().count("board.card." + m.note_uuid));
    float off_screen_height = ContentHeight(columns.back());

    fx.state.board.clip_cards = true;
    fx.ws.Changed();
    ui.Frame();
    ui.ClearProbe();
    ui.Frame();
    CHECK(ui.Probe().count("board.card." + clusters.front().members.front().note_uuid));
    for (const ClusterMember& m : clusters.back().members) CHECK_FALSE(ui.Probe().count("board.card." + m.note_uuid));
    CHECK(ContentHeight(columns.back()) == off_screen_height);

    // Scrolled into view, its cards are drawn again, inside the column.
    ImGuiWindow* board = ChildWindows("##columns").front();
    ImGui::SetScrollX(board, board->ScrollMax.x);
    ui.ClearProbe();
    ui.Frame(2);
    std::string first = "board.card." + clusters.back().members.front().note_uuid;
    REQUIRE(ui.Probe().count(first));
    ProbeRect box = ui.Probe().at("board.column." + std::to_string(clusters.back().id));
    CHECK(ui.Probe().at(first).x0 >= box.x0);
    CHECK(ui.Probe().at(first).x1 <= box.x1);
    CHECK(box.x1 <= 500);
}

TEST_CASE("rename takes the keyboard at once, and the cluster's objective follows the new name", "[ui][board]") {
    test::TempDir dir;
    BoardFixture fx(dir.File("plan.hdesk"));
    fx.Cluster(3);
    ClusterStore cs(fx.ws.Store(), Analyzer());
    ObjectiveStore objectives(fx.ws.Store());
    objectives.ProposeObjectives(fx.theme_id);
    int64_t cluster = cs.ClusterOfNote(fx.uuids[0]);
    auto titled = [&] {
        for (const Objective& o : objectives.ListObjectives(fx.theme_id))
            if (o.cluster_id == cluster) return o.title;
        return std::string();
    };
    // Proposals are titled with a sentence from a proposal; one titled after its cluster follows a rename.
    for (Objective o : objectives.ListObjectives(fx.theme_id))
        if (o.cluster_id == cluster) {
            o.title = cs.GetCluster(cluster)->DisplayName();
            objectives.Edit(o, "Sofie Claes");
        }
    fx.ws.Changed();
    REQUIRE(titled() == cs.GetCluster(cluster)->DisplayName());
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("board.rename." + std::to_string(cluster)));
    ui.Press(GLFW_KEY_A, false, true); // select all that is in the field, without clicking into it
    ui.Type("Drugs rond het station");
    ui.Press(GLFW_KEY_ENTER);
    CHECK(fx.state.error_message.empty());
    CHECK(cs.GetCluster(cluster)->DisplayName() == "Drugs rond het station");
    CHECK(titled() == "Drugs rond het station");
}

TEST_CASE("Ctrl+Z undoes board actions and Ctrl+Y redoes them, the toolbar buttons too", "[ui][board]") {
    test::TempDir dir;
    BoardFixture fx(dir.File("plan.hdesk"));
    fx.Cluster(3);
    ClusterStore cs(fx.ws.Store(), Analyzer());
    ObjectiveStore objectives(fx.ws.Store());
    objectives.ProposeObjectives(fx.theme_id);
    int64_t from = cs.ClusterOfNote(fx.uuids[0]);
    int64_t to = 0;
    for (const ThemeCluster& c : cs.ListClusters(fx.theme_id))
        if (c.id != from) { to = c.id; break; }
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    CHECK(ui.Probe().count("board.undo"));

    // Move by dragging, then undo and redo it from the keyboard.
    REQUIRE(ui.DragProbe("board.card." + fx.uuids[0], "board.column." + std::to_string(to)));
    REQUIRE(cs.ClusterOfNote(fx.uuids[0]) == to);
    ui.Press(GLFW_KEY_Z, false, true);
    ui.Frame(2);
    CHECK(cs.ClusterOfNote(fx.uuids[0]) == from);
    ui.Press(GLFW_KEY_Y, false, true);
    ui.Frame(2);
    CHECK(cs.ClusterOfNote(fx.uuids[0]) == to);
    ui.Press(GLFW_KEY_Z, true, true); // Ctrl+Shift+Z redoes too: nothing left to redo, so nothing changes
    ui.Frame(2);
    CHECK(cs.ClusterOfNote(fx.uuids[0]) == to);

    // Pin with the checkbox, accept with the button; undo both in reverse order with the Undo button.
    REQUIRE(ui.ClickProbe("board.pin." + std::to_string(from)));
    REQUIRE(cs.GetCluster(from)->pinned);
    ui.Frame(2);
    int64_t objective = 0;
    for (const Objective& o : objectives.ListObjectives(fx.theme_id))
        if (o.cluster_id == from) objective = o.id;
    REQUIRE(objective != 0);
    REQUIRE(ui.ClickProbe("board.accept." + std::to_string(objective)));
    REQUIRE(objectives.GetObjective(objective)->accepted);
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("board.undo"));
    CHECK_FALSE(objectives.GetObjective(objective)->accepted);
    CHECK(cs.GetCluster(from)->pinned);
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("board.undo"));
    CHECK_FALSE(cs.GetCluster(from)->pinned);
    CHECK(cs.ClusterOfNote(fx.uuids[0]) == to);
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("board.redo"));
    CHECK(cs.GetCluster(from)->pinned);
    CHECK(fx.state.error_message.empty());

    // While the rename field has the keyboard, Ctrl+Z belongs to the field, not to the board.
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("board.rename." + std::to_string(to)));
    ui.Frame(2);
    ui.Press(GLFW_KEY_Z, false, true);
    ui.Frame(2);
    CHECK(cs.GetCluster(from)->pinned);
}

TEST_CASE("the board reads clusters and evidence with the workspace's one analyzer", "[ui][board][workspace]") {
    test::TempDir dir;
    BoardFixture fx(dir.File("plan.hdesk"));
    fx.Cluster(3);
    REQUIRE_FALSE(fx.ws.AnalyzerLoaded());
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(2);
    // Loading stemmers and stop words once per program: the board asked the workspace, not its own copy.
    CHECK(fx.ws.AnalyzerLoaded());
}
