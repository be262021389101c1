// A small plan for the plan-cycle tests: two domains, each with an accepted strategic objective and
// an accepted tactical one, plus one proposal that is not accepted (and so not part of the plan).
#pragma once
#include <memory>
#include <string>

#include "core/cluster/objective_store.h"
#include "core/store/db.h"
#include "core/store/store.h"

namespace hd::test {
struct LifecyclePlan {
    explicit LifecyclePlan(const std::string& path) {
        Plan plan;
        plan.name = "Integraal veiligheidsplan Rivierstad";
        plan.city = "Rivierstad";
        plan.period_start = 2026;
        plan.period_end = 2031;
        store = PlanStore::Create(path, plan);
        youth = AddTheme("Jeugd", "Jongeren vinden weinig plek in de wijken.");
        housing = AddTheme("Veilig wonen", "Leegstand en verkrotting in de binnenstad.");
        youth_strategic = AddObjective(youth, "strategic", "Halle, kindvriendelijke stad", true);
        youth_tactical = AddObjective(youth, "tactical", "Ontmoetingsplekken met jeugdwerk erbij", true);
        housing_strategic = AddObjective(housing, "strategic", "Woonveilige stad", true);
        housing_tactical = AddObjective(housing, "tactical", "Leegstand opsporen en aanpakken", true);
        proposal = AddObjective(housing, "tactical", "Voorstel zonder beslissing", false);
    }

    int64_t AddTheme(const std::string& title, const std::string& problem) {
        Theme t;
        t.title = title;
        t.problem_statement = problem;
        return store->AddTheme(t);
    }

    int64_t AddObjective(int64_t theme, const char* level, const std::string& title, bool accepted) {
        Statement st(store->Db(), "INSERT INTO objective(theme_id, level, position, title, why, what, how, chain, accepted) "
                                  "VALUES(?, ?, 0, ?, 'omdat', 'wat', 'hoe', 'preventive', ?)");
        st.Bind(1, theme).Bind(2, level).Bind(3, title).Bind(4, accepted ? 1 : 0);
        st.Exec();
        return store->Db().LastInsertId();
    }

    std::unique_ptr<PlanStore> store;
    int64_t youth = 0, housing = 0;
    int64_t youth_strategic = 0, youth_tactical = 0, housing_strategic = 0, housing_tactical = 0, proposal = 0;
};
} // namespace hd::test
