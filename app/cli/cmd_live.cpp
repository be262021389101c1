// hearingctl live host PLAN --hearing ID [--bind ADDR] [--port N] [--code CODE] [--new-code] [--kdf fast]
//   Hosts the hearing: prints "listening ADDR PORT" and "code XXXX-XXXX", then "stored <uuid>" for every
//   note version committed. Reads commands from stdin ("question N", "promote UUID", "revoke",
//   "status") and runs until stdin closes or SIGTERM/SIGINT.
// hearingctl live report PLAN --hearing ID --reporter A|B --connect HOST:PORT --code CODE [--kdf fast]
//                        [--linger MS]
//   Reads notes from stdin, one per line ("/edit UUID TEXT" and "/delete UUID" change earlier ones),
//   commits each locally and prints "saved <uuid>" once durable, then "acked <uuid>" (or
//   "acked <uuid> vN" for later versions) when the facilitator has stored it. After stdin closes it
//   waits up to --linger ms (default 10000) for the rest; exit 0 when everything was acknowledged,
//   3 when some notes are still only local or a line could not be stored (named on stderr; the lines
//   after it are stored all the same), 1 when refused. Lines end at "\n", "\r\n" or a lone "\r".
// `--kdf fast` uses the minimum key-derivation cost: for loopback tests only.
#include <csignal>
#include <cstring>
#include <iostream>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include "app/cli/cli_args.h"
#include "app/cli/cli_note_lines.h"
#include "app/cli/commands.h"
#include "core/base/i18n.h"
#include "core/base/line_reader.h"
#include "core/live/live_client.h"
#include "core/live/live_host.h"
#include "core/store/store.h"

namespace hd::cli {
namespace {
volatile std::sig_atomic_t g_stop = 0;
std::mutex g_out_mutex;
std::set<std::pair<std::string, int>> g_outstanding; // committed by this run, not yet acknowledged

void OnSignal(int) {
    g_stop = 1;
}

// Without SA_RESTART a blocking read of stdin returns on SIGTERM, so the loop below can end cleanly.
void InstallStopSignals() {
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    sa.sa_handler = OnSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
}

void Say(const std::string& line) {
    std::lock_guard<std::mutex> lock(g_out_mutex);
    std::cout << line << "\n" << std::flush;
}

KdfStrength ParseKdf(const Args& args) {
    std::string kdf = args.GetOr("--kdf", "interactive");
    if (kdf == "fast") return KdfStrength::FastForTests();
    if (kdf == "interactive") return KdfStrength::Interactive();
    throw UserError("live.cli_bad_kdf", "--kdf must be interactive or fast.");
}

uint16_t ParsePort(const std::string& text) {
    try {
        size_t used = 0;
        int port = std::stoi(text, &used);
        if (used == text.size() && port >= 0 && port <= 65535) return static_cast<uint16_t>(port);
    } catch (...) {
    }
    throw UserError("live.cli_bad_port", "Not a port number: " + text + ".", {text});
}

std::string Explain(const std::string& key, const std::string& english, const std::vector<std::string>& args = {}) {
    UserError e(key, english, args);
    return GlobalTranslator().Message(e);
}

// [SECTION] live host
int RunHost(const Args& args) {
    LiveHostOptions o;
    o.plan_path = args.positional[0];
    o.hearing_id = args.RequireInt("--hearing");
    o.bind_address = args.GetOr("--bind", "127.0.0.1");
    o.port = ParsePort(args.GetOr("--port", "0"));
    o.join_code = args.GetOr("--code", "");
    o.fresh_code = args.Has("--new-code");
    o.kdf = ParseKdf(args);
    o.on_stored = [](const std::vector<std::string>& uuids) {
        for (const std::string& u : uuids)
            Say("stored " + u);
    };
    InstallStopSignals();
    LiveHost host(o);
    host.Start();
    if (!host.WaitUntilRunning(60000)) {
        LiveHostStatus s = host.Status();
        throw UserError(s.error_key.empty() ? "live.err_host_start" : s.error_key, s.error);
    }
    LiveHostStatus s = host.Status();
    Say("listening " + s.address + " " + std::to_string(s.port));
    Say("code " + s.join_code);
    auto store = PlanStore::Open(o.plan_path);
    LineReader reader(std::cin, kMaxNoteBytes);
    InputLine input;
    while (!g_stop && reader.Next(input)) {
        const std::string& line = input.text;
        if (line.rfind("question ", 0) == 0) {
            store->SetCurrentQuestion(o.hearing_id, std::atoi(line.c_str() + 9), NowWallMs());
            host.PublishHearingState();
        } else if (line.rfind("promote ", 0) == 0) {
            host.PromoteNote(line.substr(8));
        } else if (line == "revoke") {
            std::string old = host.Status().join_code;
            host.RevokeCode();
            for (int i = 0; i < 600 && host.Status().join_code == old; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            Say("code " + host.Status().join_code);
        } else if (line == "status") {
            LiveHostStatus st = host.Status();
            for (const LiveReporterStatus& r : st.reporters)
                Say(std::string("reporter ") + r.reporter + (r.connected ? " connected" : " offline") +
                    " notes " + std::to_string(r.notes) + " last_seq " + std::to_string(r.last_seq) +
                    " behind " + std::to_string(r.behind));
            Say("received " + std::to_string(st.versions_received) + " stored " +
                std::to_string(st.versions_stored) + " duplicates " + std::to_string(st.duplicates) +
                " failed_joins " + std::to_string(st.failed_joins));
        }
    }
    host.Stop();
    return 0;
}

// One line typed by the reporter: "/edit UUID TEXT", "/delete UUID" or a new note. Durable when it
// returns; only then may it travel.
Note StoreReportedLine(PlanStore& store, const Hearing& hearing, const LiveClientOptions& o,
                       const std::string& line) {
    if (line.rfind("/edit ", 0) == 0 && line.size() > 43) {
        std::string uuid = line.substr(6, 36);
        auto cur = store.GetNote(uuid);
        if (!cur) throw UserError("err.no_such_note", "That note no longer exists.", {uuid});
        return store.EditNote(uuid, line.substr(43), cur->kind, cur->chain, cur->speaker_id, "hearingctl");
    }
    if (line.rfind("/delete ", 0) == 0) return store.DeleteNote(line.substr(8), "hearingctl");
    Note n;
    n.hearing_id = o.hearing_id;
    n.reporter = o.reporter;
    n.text = line;
    n.offset_ms = PlanStore::ClockOffsetMs(hearing, NowWallMs());
    return store.AddNote(n, "hearingctl");
}

// [SECTION] live report
int RunReport(const Args& args) {
    LiveClientOptions o;
    o.plan_path = args.positional[0];
    o.hearing_id = args.RequireInt("--hearing");
    std::string reporter = args.Require("--reporter");
    if (reporter != "A" && reporter != "B") throw UserError("cli.bad_reporter", "--reporter must be A or B.");
    o.reporter = reporter[0];
    std::string target = args.Require("--connect");
    size_t colon = target.rfind(':');
    if (colon == std::string::npos)
        throw UserError("live.cli_bad_connect", "--connect needs HOST:PORT, not " + target + ".", {target});
    o.host = target.substr(0, colon);
    o.port = ParsePort(target.substr(colon + 1));
    o.join_code = args.Require("--code");
    o.kdf = ParseKdf(args);
    int linger_ms = static_cast<int>(std::stoll(args.GetOr("--linger", "10000")));
    o.on_acked = [](const std::vector<LiveOutboxItem>& items) {
        for (const LiveOutboxItem& it : items) {
            Say("acked " + it.note_uuid + (it.version > 1 ? " v" + std::to_string(it.version) : ""));
            std::lock_guard<std::mutex> lock(g_out_mutex);
            g_outstanding.erase({it.note_uuid, it.version});
        }
    };
    auto outstanding = [] {
        std::lock_guard<std::mutex> lock(g_out_mutex);
        return g_outstanding.size();
    };

    auto store = PlanStore::Open(o.plan_path);
    auto hearing = store->GetHearing(o.hearing_id);
    if (!hearing)
        throw UserError("cli.no_such_hearing",
                        "There is no hearing with id " + std::to_string(o.hearing_id) + ".",
                        {std::to_string(o.hearing_id)});
    InstallStopSignals();
    LiveClient client(o);
    client.Start();
    // Each line is one note, committed before it may travel; a line that cannot be stored (too long,
    // not UTF-8, a NUL byte, the hearing closed, a full disk) is named and the next lines still count.
    LineReader reader(std::cin, kMaxNoteBytes);
    InputLine input;
    int not_stored = 0;
    while (!g_stop && reader.Next(input)) {
        if (input.length == 0) continue;
        try {
            if (input.too_long) throw NoteLineTooLong(input);
            Note stored = StoreReportedLine(*store, *hearing, o, input.text);
            {
                std::lock_guard<std::mutex> lock(g_out_mutex);
                g_outstanding.insert({stored.uuid, stored.version});
            }
            Say("saved " + stored.uuid + (stored.version > 1 ? " v" + std::to_string(stored.version) : ""));
            client.NotifyCommitted(stored.uuid, stored.version);
        } catch (const UserError& e) {
            ReportLineNotStored("live", input.number, e);
            ++not_stored;
        }
    }
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(linger_ms);
    LiveClientStatus s = client.Status();
    while (!g_stop && std::chrono::steady_clock::now() < until) {
        s = client.Status();
        if (s.state == LiveLinkState::Refused) break;
        if (s.state == LiveLinkState::Connected && s.pending == 0 && outstanding() == 0) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    client.Stop();
    s = client.Status();
    if (s.state == LiveLinkState::Refused) {
        std::cerr << "hearingctl live: " << Explain(s.error_key, s.error, s.error_args) << "\n";
        return 1;
    }
    if (s.pending > 0 || outstanding() > 0) {
        // Why nothing got through (wrong codes from this address, host unreachable …) before how much.
        if (s.state != LiveLinkState::Connected && !s.error.empty())
            std::cerr << "hearingctl live: " << Explain(s.error_key, s.error, s.error_args) << "\n";
        std::string count = std::to_string(std::max<int64_t>(s.pending, static_cast<int64_t>(outstanding())));
        std::cerr << "hearingctl live: " << GlobalTranslator().Format("cli.live_not_acknowledged", {count}) << "\n";
        ReportLinesNotStored("live", not_stored);
        return 3;
    }
    ReportLinesNotStored("live", not_stored);
    return not_stored == 0 ? 0 : 3;
}
} // namespace

int CmdLiveHost(const Args& args) {
    return RunHost(args);
}

int CmdLiveReport(const Args& args) {
    return RunReport(args);
}

} // namespace hd::cli
