// hearingctl room PLAN --hearing ID: what the projection shows the room, as text. The numbers come
// from the same Workspace (core/workspace/room_view) the GUI projects, so a script can check them
// and the projection's model is proven to work without the GUI.
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/base/terminal_text.h"
#include "core/store/store.h"
#include "core/workspace/workspace.h"

namespace hd::cli {

namespace {
std::string BarLabel(const DisciplineBar& bar) {
    if (bar.discipline == kUnknownDisciplineBar) return Tr("speaker.unknown");
    std::string label = DisciplineLabel(bar.discipline);
    if (bar.present > 1) label += " (" + std::to_string(bar.present) + ")";
    return label;
}

void PrintBars(const std::vector<DisciplineBar>& bars) {
    int total = 0;
    for (const DisciplineBar& b : bars) total += b.contributions;
    std::cout << FillPlaceholders(Tr("projection.heard"), {std::to_string(total)}) << "\n";
    std::cout << Tr("projection.per_discipline") << "\n";
    if (bars.empty()) std::cout << "  " << Tr("projection.no_participants") << "\n";
    for (const DisciplineBar& b : bars) {
        // A voice present but not heard yet is the point of the chart: said in words, not as 0.
        std::string count = b.contributions == 0 ? Tr("projection.not_heard") : std::to_string(b.contributions);
        std::cout << "  " << TerminalSafe(BarLabel(b)) << ": " << count << "\n";
    }
}

void PrintGroups(const LiveGroups& live) {
    std::cout << Tr("projection.groups_title") << "\n";
    if (live.groups.empty()) {
        std::cout << "  " << Tr(live.theme_clustered ? "projection.groups_empty" : "projection.groups_none") << "\n";
        return;
    }
    for (const LiveGroup& g : live.groups) {
        std::string name = g.cluster_id == 0 ? Tr("projection.groups_ungrouped") : TerminalSafe(g.name);
        std::cout << "  " << name << ": " << g.contributions << "\n";
    }
}
} // namespace

int CmdRoom(const Args& args) {
    OpenOptions opts;
    opts.read_only_when_unwritable = true;
    int64_t hearing_id = args.RequireInt("--hearing");
    Workspace ws;
    ws.Adopt(PlanStore::Open(args.positional[0], opts));
    const Hearing* hearing = ws.FindHearing(hearing_id);
    if (!hearing)
        throw UserError("cli.no_such_hearing", "There is no hearing with id " + std::to_string(hearing_id) + ".",
                        {std::to_string(hearing_id)});
    const Theme* theme = ws.FindTheme(hearing->theme_id);
    std::cout << FillPlaceholders(Tr("cli.room_theme"), {TerminalSafe(theme ? theme->title : std::string())}) << "\n";
    std::cout << FillPlaceholders(Tr("cli.room_hearing"), {std::to_string(hearing_id), TerminalSafe(hearing->date),
                                                            TerminalSafe(hearing->location)})
              << "\n\n";
    PrintBars(ws.DisciplineBars(hearing_id));
    std::cout << "\n";
    PrintGroups(ws.Groups(hearing_id));
    return 0;
}

} // namespace hd::cli
