// hearingctl demo PLAN.hdesk: writes the Dutch demo plan into a new file.
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "core/demo/demo_plan.h"
#include "core/base/i18n.h"
#include "core/text/text_analysis.h"

namespace hd::cli {

int CmdDemo(const Args& args) {
    const std::string& path = args.positional[0];
    TextAnalyzer analyzer(FindAssetsDir());
    auto store = CreateDemoPlan(path, DemoOptions{&analyzer});
    Plan plan = store->GetPlan();
    std::cout << GlobalTranslator().Format("demo.created",
                                           {path, plan.name, std::to_string(store->ListThemes().size()),
                                            std::to_string(store->ListHearings().size()),
                                            std::to_string(store->ListParticipants().size()),
                                            std::to_string(store->CountNotes())})
              << "\n";
    return 0;
}

} // namespace hd::cli
