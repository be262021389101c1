// "What happened with your input" per hearing (issue 12 point 5): every contribution with the
// objectives that use it or "not (yet) used", anonymised by default, names only with consent,
// everything escaped; and the plan's evidence lines. Every person here is fictional.
#include <catch2/catch.hpp>

#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/cluster/cluster_store.h"
#include "core/cluster/objective_store.h"
#include "core/export/export.h"
#include "core/plan/action_store.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/zip_read.h"

using namespace hd;

namespace {
const Translator& Labels() {
    static Translator tr = [] {
        Translator t;
        t.LoadDirectory(FindAssetsDir() + "/lang");
        return t;
    }();
    return tr;
}

const TextAnalyzer& Analyzer() {
    static TextAnalyzer analyzer(FindAssetsDir());
    return analyzer;
}

struct FollowupPlan {
    std::unique_ptr<PlanStore> store;
    int64_t theme_id = 0, hearing_id = 0, named = 0, unnamed = 0;
    std::string unused_uuid;
    explicit FollowupPlan(const std::string& path) {
        Plan plan;
        plan.name = "Integraal Veiligheidsplan Zandhoven";
        plan.city = "Zandhoven";
        store = PlanStore::Create(path, plan);
        Theme t;
        t.title = "Illegale drugs";
        t.problem_statement = "Rond het station wordt openlijk gedeald.";
        theme_id = store->AddTheme(t);
        Participant a;
        a.name = "Anneke Smetsers";
        a.discipline = "police";
        a.consent_named = true;
        named = store->AddParticipant(a);
        Participant b;
        b.name = "Bart Lenaertz";
        b.discipline = "street_work";
        b.consent_named = false;
        unnamed = store->AddParticipant(b);
        Hearing h;
        h.theme_id = theme_id;
        h.date = "2026-10-13";
        h.location = "Stadhuis";
        hearing_id = store->AddHearing(h);
        Add("Het dealen is verschoven naar de zijstraten van het station.", NoteKind::Problem, named);
        Add("Straathoekwerk wil meedoen, maar niet als informant van de politie.", NoteKind::Problem, unnamed);
        Add("Gerichte acties in de zijstraten van het station <script>alert(1)</script> & co.", NoteKind::Proposal, named);
        Add("Een vaste doorverwijzing van het straathoekwerk naar het MSOC.", NoteKind::Proposal, unnamed);
        ClusterStore cs(*store, Analyzer());
        ReclusterOptions two;
        two.k = 2;
        cs.Recluster(theme_id, two);
        ObjectiveStore os(*store);
        os.ProposeObjectives(theme_id, Analyzer());
        for (const Objective& o : os.ListObjectives(theme_id))
            if (o.level == ObjectiveLevel::Strategic) os.Accept(o.id);
        // Typed after the clustering: in no cluster, so no objective uses it yet.
        unused_uuid = Add("Bewoners vragen een terugkoppeling na elke melding.", NoteKind::Question, named);
    }
    std::string Add(const std::string& text, NoteKind kind, int64_t speaker) {
        Note n;
        n.hearing_id = hearing_id;
        n.reporter = 'A';
        n.text = text;
        n.kind = kind;
        n.speaker_id = speaker;
        n.offset_ms = ++offset * 60000;
        return store->AddNote(n).uuid;
    }
    int64_t offset = 0;
    std::string Export(ExportFormat format, bool names = false) {
        ExportRequest r;
        r.what = ExportWhat::InputFollowup;
        r.format = format;
        r.hearing_id = hearing_id;
        r.show_consented_names = names;
        r.date = "2026-11-01";
        r.translator = &Labels();
        return hd::Export(*store, r);
    }
};
} // namespace

TEST_CASE("input follow-up lists every contribution with the objectives that use it", "[followup]") {
    test::TempDir dir;
    FollowupPlan plan(dir.File("p.hdesk"));
    std::string md = plan.Export(ExportFormat::Markdown);
    CHECK(md.find("Wat gebeurde er met uw inbreng") != std::string::npos);
    for (const Note& n : plan.store->ListNotes(plan.hearing_id)) {
        INFO(n.text);
        CHECK(md.find(n.text.substr(0, 30)) != std::string::npos);
    }
    // The note typed after clustering is not used; the others are, by a proposal and the accepted strategic objective.
    size_t unused = md.find("Bewoners vragen een terugkoppeling");
    REQUIRE(unused != std::string::npos);
    size_t line_end = md.find('\n', unused);
    CHECK(md.substr(unused, line_end - unused).find("(Nog) niet gebruikt") != std::string::npos);
    CHECK(md.find("4 van de 5 bijdragen") != std::string::npos);
    CHECK(md.find("strategische doelstelling \"Illegale drugs\" (aanvaard") != std::string::npos);
    CHECK(md.find("(voorstel, ") != std::string::npos);
}

TEST_CASE("input follow-up is anonymised by default, names only of those who consented", "[followup]") {
    test::TempDir dir;
    FollowupPlan plan(dir.File("p.hdesk"));
    std::string anonymous = plan.Export(ExportFormat::Markdown);
    CHECK(anonymous.find("Anneke Smetsers") == std::string::npos);
    CHECK(anonymous.find("Bart Lenaertz") == std::string::npos);
    CHECK(anonymous.find("Politie") != std::string::npos);
    CHECK(anonymous.find("Straathoekwerk") != std::string::npos);
    std::string named = plan.Export(ExportFormat::Markdown, true);
    CHECK(named.find("Anneke Smetsers") != std::string::npos);
    CHECK(named.find("Bart Lenaertz") == std::string::npos); // no consent: never named
}

TEST_CASE("input follow-up escapes HTML, writes DOCX, refuses CSV, and the CLI knows it", "[followup]") {
    test::TempDir dir;
    FollowupPlan plan(dir.File("p.hdesk"));
    std::string html = plan.Export(ExportFormat::Html);
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co.") != std::string::npos);
    std::string docx = plan.Export(ExportFormat::Docx);
    REQUIRE(docx.size() > 4);
    CHECK(docx.substr(0, 2) == "PK");
    CHECK_THROWS_AS(plan.Export(ExportFormat::Csv), InputError);
    CHECK(ExportWhatFromKey("input-followup") == ExportWhat::InputFollowup);
    ExportRequest r;
    r.what = ExportWhat::InputFollowup;
    r.hearing_id = 999;
    CHECK_THROWS_AS(Export(*plan.store, r), InputError);
}

TEST_CASE("the plan shows each objective's evidence and marks proposals", "[followup]") {
    test::TempDir dir;
    FollowupPlan plan(dir.File("p.hdesk"));
    ExportRequest r;
    r.what = ExportWhat::Plan;
    r.format = ExportFormat::Markdown;
    r.date = "2026-11-01";
    r.translator = &Labels();
    std::string md = Export(*plan.store, r);
    CHECK(md.find("Onderbouwing") != std::string::npos);
    CHECK(md.find("5 bijdragen, hoorzitting van 2026-10-13") != std::string::npos); // one hearing: singular
    CHECK(md.find("voorstel\\]") != std::string::npos); // Markdown escapes the bracket
    // The strategic objective rests on all of the domain's contributions.
    CHECK(md.find("5 bijdragen") != std::string::npos);
}

TEST_CASE("input follow-up lists the actions of the accepted objectives that use a contribution", "[followup]") {
    test::TempDir dir;
    FollowupPlan plan(dir.File("p.hdesk"));
    ObjectiveStore os(*plan.store);
    // Accept the tactical objective that uses the note about the side streets; the other stays a proposal.
    const std::string side_streets = "Het dealen is verschoven naar de zijstraten";
    std::string accepted_title;
    int64_t accepted_id = 0, proposal_id = 0;
    for (const Objective& o : os.ListObjectives(plan.theme_id)) {
        if (o.level != ObjectiveLevel::Tactical) continue;
        bool uses = false;
        for (const ObjectiveNote& link : o.notes)
            if (plan.store->GetNote(link.note_uuid)->text.rfind(side_streets, 0) == 0) uses = true;
        (uses ? accepted_id : proposal_id) = o.id;
        if (uses) accepted_title = o.title;
    }
    REQUIRE(accepted_id != 0);
    REQUIRE(proposal_id != 0);
    os.Accept(accepted_id);
    ActionStore actions(*plan.store);
    Action a;
    a.objective_id = accepted_id;
    a.description = "Gerichte controles in de zijstraten <b>&</b> een buurtavond";
    a.owner = "Politiezone Zandhoven";
    a.start_year = 2026;
    a.end_year = 2027;
    actions.Add(a, "Karel");
    Action b;
    b.objective_id = accepted_id;
    b.description = "Evaluatie met de bewoners";
    actions.Add(b, "Karel"); // no owner, not scheduled yet

    std::string md = plan.Export(ExportFormat::Markdown);
    size_t note = md.find(side_streets);
    REQUIRE(note != std::string::npos);
    size_t action = md.find("Gerichte controles in de zijstraten", note);
    REQUIRE(action != std::string::npos);
    // Right under the contribution, before the next one, with who pulls it and the years.
    size_t next = md.find("Straathoekwerk wil meedoen");
    CHECK(action < next);
    size_t line_end = md.find('\n', action);
    std::string line = md.substr(action, line_end - action);
    CHECK(line.find("trekker: Politiezone Zandhoven") != std::string::npos);
    CHECK(line.find("2026\xE2\x80\x93" "2027") != std::string::npos);
    CHECK(md.find("**Actie:** Gerichte controles") != std::string::npos);
    CHECK(md.find("Evaluatie met de bewoners") != std::string::npos);
    // Each action appears once per contribution that the accepted objective uses, never for others.
    size_t per_note = 0;
    for (size_t at = md.find("Evaluatie met de bewoners"); at != std::string::npos; at = md.find("Evaluatie met de bewoners", at + 1))
        ++per_note;
    std::optional<Objective> accepted = os.GetObjective(accepted_id);
    REQUIRE(accepted);
    size_t used_by_accepted = accepted->notes.size();
    CHECK(per_note == used_by_accepted);
    // The unused contribution (the last one) has no action under it.
    CHECK(md.find("Gerichte controles", md.find("Bewoners vragen een terugkoppeling")) == std::string::npos);

    std::string html = plan.Export(ExportFormat::Html);
    CHECK(html.find("Gerichte controles in de zijstraten &lt;b&gt;&amp;&lt;/b&gt; een buurtavond") != std::string::npos);
    CHECK(html.find("<b>&</b>") == std::string::npos);
    auto parts = test::Unzip(plan.Export(ExportFormat::Docx));
    REQUIRE(parts.count("word/document.xml"));
    CHECK(parts["word/document.xml"].find("trekker: Politiezone Zandhoven") != std::string::npos);
    CHECK(parts["word/document.xml"].find("Evaluatie met de bewoners") != std::string::npos);

    // In English the same lines are translated.
    ExportRequest r;
    r.what = ExportWhat::InputFollowup;
    r.format = ExportFormat::Markdown;
    r.hearing_id = plan.hearing_id;
    r.date = "2026-11-01";
    r.translator = &Labels();
    r.language = Language::English;
    std::string en = Export(*plan.store, r);
    CHECK(en.find("owner: Politiezone Zandhoven") != std::string::npos);
    CHECK(en.find("**Action:** Gerichte controles") != std::string::npos);
}
