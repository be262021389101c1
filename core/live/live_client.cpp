// [SECTION] index
//   Impl (thread, status) / Connecting and retrying / Reading frames / Handshake /
//   Sending the outbox / Acknowledgements / Writing / Timers / LiveClient
#include "core/live/live_client.h"

#include <asio.hpp>
#include <sqlite3.h>

#include <chrono>
#include <deque>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "core/store/db.h"
#include "core/base/errors.h"
#include "core/store/store.h"

namespace hd {
namespace {
using asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using Ms = std::chrono::milliseconds;

enum class Stage { Idle, Connecting, ServerHello, Welcome, Live };

struct InFlight {
    uint64_t send_id = 0;
    LiveOutboxItem item;
};
} // namespace

// [SECTION] Impl
struct LiveClient::Impl {
    explicit Impl(LiveClientOptions o)
        : options(std::move(o)), socket(io), resolver(io), retry_timer(io), tick(io) {}

    LiveClientOptions options;
    asio::io_context io;
    tcp::socket socket;
    tcp::resolver resolver;
    asio::steady_timer retry_timer;
    asio::steady_timer tick;
    std::thread thread;
    bool stopping = false;

    // Network-thread state
    std::unique_ptr<PlanStore> store;
    std::unique_ptr<LiveOutbox> outbox;
    std::string client_id;
    std::string code; // normalised
    Stage stage = Stage::Idle;
    uint64_t connection = 0; // bumps per attempt so late handlers of an old socket are ignored
    FrameReader reader;
    std::array<uint8_t, 64 * 1024> read_buf{};
    LiveNonce client_nonce{};
    std::unique_ptr<FrameSealer> sealer;
    std::unique_ptr<FrameOpener> opener;
    std::optional<LiveSalt> master_salt; // the master key is derived once per salt (Argon2 is slow)
    LiveKey master{};
    std::deque<LiveOutboxItem> queue;
    std::deque<InFlight> in_flight;
    std::set<std::pair<std::string, int>> known; // in queue or in flight
    // Acknowledged by the host but not yet written to live_outbox. Written every ~100 ms rather
    // than per ack: each write takes the plan's write lock, which the reporter's own commits need.
    std::vector<LiveOutboxItem> unrecorded;
    std::set<std::pair<std::string, int>> unrecorded_keys; // same versions, for lookups
    int64_t scanned_rowid = 0; // note_revision rows up to here have been looked at
    Clock::time_point last_record = Clock::now();
    uint64_t next_send_id = 0;
    Bytes out_pending, out_writing;
    bool writing = false;
    int backoff_ms = 0;
    Clock::time_point deadline, last_ping, last_rescan;
    std::mt19937 jitter{std::random_device{}()};

    mutable std::mutex status_mutex;
    LiveClientStatus status;
    std::set<std::pair<std::string, int>> delivered; // under status_mutex

    template <class F> void UpdateStatus(F f) {
        std::lock_guard<std::mutex> lock(status_mutex);
        f(status);
        ++status.generation;
    }

    void SetError(const std::string& key, const std::string& text) {
        UpdateStatus([&](LiveClientStatus& s) {
            s.error_key = key;
            s.error = text;
            s.error_args.clear();
        });
    }

    void PublishPending() {
        int64_t n = static_cast<int64_t>(queue.size() + in_flight.size());
        UpdateStatus([&](LiveClientStatus& s) { s.pending = n; });
    }

    // [SECTION] Start-up (network thread)
    void Run() {
        try {
            auto normalized = NormalizeJoinCode(options.join_code);
            if (!normalized)
                throw InputError("live.err_bad_code_format",
                                 "A join code is 8 letters or digits, like ABCD-2345 (not " +
                                     options.join_code + ").",
                                 {options.join_code});
            code = *normalized;
            store = PlanStore::Open(options.plan_path);
            // This connection only writes acknowledgement bookkeeping (live_outbox, live_identity).
            // Losing such a row in a power cut only means a resend, which the host ignores as a
            // duplicate, so it skips the per-commit fsync; the notes are written by the UI's own
            // connection, which keeps synchronous=FULL.
            store->Db().Exec("PRAGMA synchronous = NORMAL");
            outbox = std::make_unique<LiveOutbox>(*store, options.hearing_id, options.reporter);
            client_id = outbox->ClientId();
            {
                auto acked = outbox->Acknowledged();
                std::lock_guard<std::mutex> lock(status_mutex);
                for (const LiveOutboxItem& it : acked)
                    delivered.insert({it.note_uuid, it.version});
            }
            Requeue();
            // From now on it does not wait long for the write lock the reporter's own commits hold:
            // recording acknowledgements is retried on the next tick instead of stalling the network.
            store->Db().SetLockWaitMs(5);
        } catch (const UserError& e) {
            Refuse(LiveRefusal::None, e.Key(), e.what());
            return;
        }
        Connect();
        ArmTick();
        io.run();
    }

    // The queue is rebuilt from the plan: exactly the versions without an acknowledgement, in order.
    void Requeue() {
        RecordAcks();
        queue.clear();
        in_flight.clear();
        known.clear();
        for (LiveOutboxItem& it : outbox->Pending(0, &scanned_rowid)) {
            if (unrecorded_keys.count({it.note_uuid, it.version})) continue; // acknowledged already
            known.insert({it.note_uuid, it.version});
            queue.push_back(std::move(it));
        }
        PublishPending();
    }

    void Refuse(LiveRefusal why, const std::string& key, const std::string& text) {
        UpdateStatus([&](LiveClientStatus& s) {
            s.state = LiveLinkState::Refused;
            s.refusal = why;
            s.error_key = key;
            s.error = text;
            s.error_args.clear();
        });
        CloseSocket();
        ++connection; // handlers of the closed socket must not turn this into a retry
        stage = Stage::Idle;
    }

    // [SECTION] Connecting and retrying
    void Connect() {
        if (stopping) return;
        CloseSocket();
        ++connection;
        stage = Stage::Connecting;
        reader = FrameReader(kLiveMaxFrameBytes);
        out_pending.clear();
        deadline = Clock::now() + Ms(options.connect_timeout_ms);
        UpdateStatus([](LiveClientStatus& s) { s.state = LiveLinkState::Connecting; });
        uint64_t id = connection;
        resolver.async_resolve(
            options.host, std::to_string(options.port),
            [this, id](asio::error_code ec, tcp::resolver::results_type results) {
                if (id != connection || stopping) return;
                if (ec) return Retry("live.err_resolve", "Cannot find " + options.host + ".");
                asio::async_connect(socket, results, [this, id](asio::error_code ec2, const tcp::endpoint&) {
                    if (id != connection || stopping) return;
                    if (ec2)
                        return Retry("live.err_connect", "Cannot reach the facilitator: " + ec2.message());
                    OnConnected();
                });
            });
    }

    // `not_before_ms`: the host said when it accepts this address again; retrying sooner is refused.
    void Retry(const std::string& key, const std::string& text, std::vector<std::string> args = {},
               int not_before_ms = 0) {
        if (stopping) return;
        CloseSocket();
        stage = Stage::Idle;
        ++connection;
        backoff_ms =
            backoff_ms == 0 ? options.backoff_initial_ms : std::min(backoff_ms * 2, options.backoff_max_ms);
        int wait = backoff_ms / 2 + static_cast<int>(jitter() % static_cast<unsigned>(backoff_ms / 2 + 1));
        wait = std::max(wait, not_before_ms);
        UpdateStatus([&](LiveClientStatus& s) {
            s.state = LiveLinkState::Retrying;
            s.error_key = key;
            s.error = text;
            s.error_args = std::move(args);
            ++s.reconnects;
        });
        retry_timer.expires_after(Ms(wait));
        retry_timer.async_wait([this](asio::error_code ec) {
            if (!ec && !stopping) Connect();
        });
    }

    void CloseSocket() {
        asio::error_code ec;
        socket.shutdown(tcp::socket::shutdown_both, ec);
        socket.close(ec);
        resolver.cancel();
        writing = false;
        out_writing.clear();
        out_pending.clear();
        sealer.reset();
        opener.reset();
    }

    void OnConnected() {
        asio::error_code ec;
        socket.set_option(tcp::no_delay(true), ec);
        stage = Stage::ServerHello;
        client_nonce = RandomNonce();
        LiveClientHello hello;
        hello.version = options.protocol_version;
        hello.nonce = client_nonce;
        SendRaw(EncodeClientHello(hello));
        Read();
    }

    // [SECTION] Reading frames
    void Read() {
        uint64_t id = connection;
        socket.async_read_some(asio::buffer(read_buf), [this, id](asio::error_code ec, size_t n) {
            if (id != connection || stopping) return;
            if (ec) return Retry("live.err_lost", "The connection to the facilitator was lost.");
            reader.Feed(std::span<const uint8_t>(read_buf.data(), n));
            while (id == connection && stage != Stage::Idle) {
                auto frame = reader.Next();
                if (!frame) break;
                OnFrame(*frame);
            }
            if (id != connection || stage == Stage::Idle) return;
            if (reader.Oversized())
                return Retry("live.err_protocol", "The facilitator sent an oversized frame.");
            Read();
        });
    }

    void OnFrame(const Bytes& frame) {
        try {
            switch (stage) {
            case Stage::ServerHello:
                OnServerHello(frame);
                break;
            case Stage::Welcome:
                OnWelcome(frame);
                break;
            case Stage::Live:
                OnLiveFrame(frame);
                break;
            default:
                break;
            }
        } catch (const UserError& e) {
            Retry(e.Key(), e.what());
        }
    }

    // [SECTION] Handshake
    bool HandleRefusal(LiveRefusal why, uint32_t retry_after_s = 0) {
        if (why == LiveRefusal::None) return false;
        LiveRefusalText t = DescribeRefusal(why);
        if (why == LiveRefusal::RateLimited && retry_after_s > 0) {
            // Another laptop on this address (or this one) typed wrong codes: say so and how long.
            std::string seconds = std::to_string(retry_after_s);
            Retry("live.refused_rate_wait",
                  "Too many wrong join codes from this network address; wait " + seconds +
                      " s (this laptop tries again by itself).",
                  {seconds}, static_cast<int>(std::min<uint32_t>(retry_after_s, 3600)) * 1000);
        } else if (why == LiveRefusal::RateLimited || why == LiveRefusal::Busy)
            Retry(t.key, t.english);
        else
            Refuse(why, t.key, t.english);
        return true;
    }

    void OnServerHello(const Bytes& frame) {
        auto hello = DecodeServerHello(frame, options.protocol_version);
        if (!hello) return Retry("live.err_protocol", "The facilitator's answer was not understood.");
        if (hello->version != options.protocol_version) {
            LiveRefusalText t = DescribeRefusal(LiveRefusal::VersionMismatch);
            return Refuse(LiveRefusal::VersionMismatch, t.key,
                          std::string(t.english) + " (facilitator: " + std::to_string(hello->version) +
                              ", this laptop: " + std::to_string(options.protocol_version) + ")");
        }
        if (HandleRefusal(hello->refusal, hello->retry_after_s)) return;
        KdfStrength announced{hello->opslimit, hello->memlimit};
        if (!(announced == options.kdf))
            return Refuse(
                LiveRefusal::None, "live.err_kdf_mismatch",
                "The facilitator uses another key strength setting; both must use the same build settings.");
        if (!master_salt || *master_salt != hello->salt) {
            master = DeriveMasterKey(code, hello->salt, options.kdf);
            master_salt = hello->salt;
        }
        LiveSessionKeys keys = DeriveSessionKeys(master, client_nonce, hello->nonce);
        opener = std::make_unique<FrameOpener>(keys.host_to_client, hello->stream_header);
        sealer = std::make_unique<FrameSealer>(keys.client_to_host);
        SendRaw(sealer->Header());
        SendMessage(LiveJoin{options.reporter, client_id});
        stage = Stage::Welcome;
    }

    void OnWelcome(const Bytes& frame) {
        auto plain = opener->Open(frame);
        if (!plain) {
            // Not sealed with our key: a plaintext refusal (typically a wrong join code), or garbage.
            auto hello = DecodeServerHello(frame, options.protocol_version);
            if (hello && HandleRefusal(hello->refusal, hello->retry_after_s)) return;
            return Retry("live.err_protocol", "The facilitator's answer did not authenticate.");
        }
        auto msg = DecodeMessage(*plain);
        if (!msg) return Retry("live.err_protocol", "The facilitator's answer was not understood.");
        if (auto* r = std::get_if<LiveRefused>(&*msg)) {
            if (!HandleRefusal(r->reason))
                Retry("live.err_protocol", "The facilitator refused without a reason.");
            return;
        }
        auto* w = std::get_if<LiveWelcome>(&*msg);
        if (!w) return Retry("live.err_protocol", "The facilitator's answer was not understood.");
        stage = Stage::Live;
        backoff_ms = 0;
        deadline = Clock::now() + Ms(options.idle_timeout_ms);
        last_ping = Clock::now();
        next_send_id = 0;
        UpdateStatus([&](LiveClientStatus& s) {
            s.state = LiveLinkState::Connected;
            s.refusal = LiveRefusal::None;
            s.error_key.clear();
            s.error_args.clear();
            s.error.clear();
            s.has_hearing = true;
            s.hearing = std::move(w->hearing);
            s.timer = w->timer;
            s.timer_received_ms = NowWallMs();
            s.promoted = std::move(w->promoted);
        });
        try {
            Requeue();
        } catch (const UserError& e) {
            return Retry(e.Key(), e.what());
        }
        Pump();
    }

    void OnLiveFrame(const Bytes& frame) {
        auto plain = opener->Open(frame);
        std::optional<LiveMessage> msg;
        if (plain) msg = DecodeMessage(*plain);
        if (!msg) return Retry("live.err_protocol", "A frame from the facilitator did not authenticate.");
        deadline = Clock::now() + Ms(options.idle_timeout_ms);
        if (auto* a = std::get_if<LiveAck>(&*msg)) return OnAck(a->upto);
        if (auto* t = std::get_if<LiveTimerState>(&*msg)) {
            UpdateStatus([&](LiveClientStatus& s) {
                s.timer = *t;
                s.timer_received_ms = NowWallMs();
            });
        } else if (auto* p = std::get_if<LivePromote>(&*msg)) {
            UpdateStatus([&](LiveClientStatus& s) { s.promoted.push_back(p->note_uuid); });
        } else if (auto* r = std::get_if<LiveRefused>(&*msg)) {
            HandleRefusal(r->reason);
        }
    }

    // [SECTION] Sending the outbox
    void Pump() {
        if (stage != Stage::Live) return;
        bool sent_any = false;
        int64_t sent = 0;
        while (in_flight.size() < options.window && !queue.empty()) {
            LiveOutboxItem item = std::move(queue.front());
            queue.pop_front();
            std::optional<LiveNoteVersion> v;
            try {
                v = outbox->Load(item);
            } catch (const UserError& e) {
                queue.push_front(std::move(item));
                SetError(e.Key(), e.what());
                break;
            }
            if (!v) {
                known.erase({item.note_uuid, item.version});
                continue;
            }
            v->send_id = ++next_send_id;
            v->pending_after = static_cast<int64_t>(queue.size());
            in_flight.push_back({v->send_id, std::move(item)});
            SendMessage(*v, /*start_write=*/false);
            sent_any = true;
            ++sent;
        }
        if (sent_any) {
            StartWrite();
            UpdateStatus([&](LiveClientStatus& s) { s.sent += sent; });
        }
        PublishPending();
    }

    void Enqueue(LiveOutboxItem item) {
        if (!known.insert({item.note_uuid, item.version}).second) return;
        queue.push_back(std::move(item));
        Pump();
        PublishPending();
    }

    void Rescan() {
        if (stage != Stage::Live || !outbox) return;
        RecordAcks(); // otherwise acknowledged-but-unrecorded versions would look pending
        try {
            // Only versions committed since the last scan: the full scan happens on each connect.
            for (LiveOutboxItem& it : outbox->Pending(scanned_rowid, &scanned_rowid))
                if (!unrecorded_keys.count({it.note_uuid, it.version})) Enqueue(std::move(it));
        } catch (const UserError& e) {
            SetError(e.Key(), e.what());
        }
    }

    // [SECTION] Acknowledgements
    void OnAck(uint64_t upto) {
        std::vector<LiveOutboxItem> acked;
        while (!in_flight.empty() && in_flight.front().send_id <= upto) {
            acked.push_back(std::move(in_flight.front().item));
            in_flight.pop_front();
        }
        if (acked.empty()) return;
        for (const LiveOutboxItem& it : acked) {
            known.erase({it.note_uuid, it.version});
            unrecorded_keys.insert({it.note_uuid, it.version});
        }
        unrecorded.insert(unrecorded.end(), acked.begin(), acked.end());
        UpdateStatus([&](LiveClientStatus& s) {
            s.acked += static_cast<int64_t>(acked.size());
            for (const LiveOutboxItem& it : acked)
                delivered.insert({it.note_uuid, it.version});
        });
        if (options.on_acked) options.on_acked(acked);
        if (unrecorded.size() >= options.window) RecordAcks();
        Pump();
    }

    // Writes pending acknowledgements in one transaction. Should it fail, those versions are
    // simply resent later and the host treats them as duplicates.
    void RecordAcks() {
        last_record = Clock::now();
        if (unrecorded.empty() || !outbox) return;
        try {
            outbox->MarkAcked(unrecorded, NowWallMs());
            unrecorded.clear();
            unrecorded_keys.clear();
        } catch (const UserError& e) {
            // Busy: the reporter is committing a note right now; the next tick tries again.
            if (e.Key() != "err.db_busy") SetError(e.Key(), e.what());
        }
    }

    // [SECTION] Writing
    void SendRaw(std::span<const uint8_t> payload) {
        AppendFrame(out_pending, payload);
        StartWrite();
    }

    void SendMessage(const LiveMessage& msg, bool start_write = true) {
        if (!sealer) return;
        Bytes sealed = sealer->Seal(EncodeMessage(msg));
        AppendFrame(out_pending, sealed);
        if (start_write) StartWrite();
    }

    void StartWrite() {
        if (writing || out_pending.empty() || stage == Stage::Idle) return;
        writing = true;
        out_writing.swap(out_pending);
        out_pending.clear();
        uint64_t id = connection;
        asio::async_write(socket, asio::buffer(out_writing), [this, id](asio::error_code ec, size_t) {
            if (id != connection || stopping) return;
            writing = false;
            out_writing.clear();
            if (ec) return Retry("live.err_lost", "The connection to the facilitator was lost.");
            StartWrite();
        });
    }

    // [SECTION] Timers: connect/idle deadlines, pings, rescans
    void ArmTick() {
        tick.expires_after(Ms(50));
        tick.async_wait([this](asio::error_code ec) {
            if (ec || stopping) return;
            OnTick();
            ArmTick();
        });
    }

    void OnTick() {
        auto now = Clock::now();
        if (!unrecorded.empty() && now - last_record >= Ms(100)) RecordAcks();
        if (stage != Stage::Idle && deadline < now) {
            if (stage == Stage::Live)
                Retry("live.err_silent", "The facilitator stopped answering.");
            else
                Retry("live.err_timeout", "The facilitator did not answer in time.");
            return;
        }
        if (stage != Stage::Live) return;
        if (now - last_ping >= Ms(options.ping_interval_ms)) {
            last_ping = now;
            // Versions not yet sent; those in flight reach the host before this ping does.
            SendMessage(LivePing{static_cast<int64_t>(queue.size())});
        }
        if (now - last_rescan >= Ms(options.rescan_interval_ms)) {
            last_rescan = now;
            Rescan();
        }
    }

    void Shutdown() {
        stopping = true;
        if (store) store->Db().SetLockWaitMs(2000); // last chance: wait for the lock
        RecordAcks();
        ++connection;
        CloseSocket();
        retry_timer.cancel();
        tick.cancel();
        io.stop();
    }
};

// [SECTION] LiveClient
LiveClient::LiveClient(LiveClientOptions options) : m_impl(std::make_unique<Impl>(std::move(options))) {}

LiveClient::~LiveClient() {
    Stop();
}

void LiveClient::Start() {
    if (m_impl->thread.joinable()) return;
    m_impl->UpdateStatus([](LiveClientStatus& s) { s.state = LiveLinkState::Connecting; });
    m_impl->thread = std::thread([impl = m_impl.get()] { impl->Run(); });
}

void LiveClient::Stop() {
    if (!m_impl->thread.joinable()) return;
    asio::post(m_impl->io, [impl = m_impl.get()] { impl->Shutdown(); });
    m_impl->thread.join();
    m_impl->UpdateStatus([](LiveClientStatus& s) {
        if (s.state != LiveLinkState::Refused) s.state = LiveLinkState::Stopped;
    });
}

void LiveClient::NotifyCommitted(const std::string& note_uuid, int version) {
    asio::post(m_impl->io, [impl = m_impl.get(), note_uuid, version] {
        if (impl->outbox) impl->Enqueue({note_uuid, version, NowWallMs()});
    });
}

LiveClientStatus LiveClient::Status() const {
    std::lock_guard<std::mutex> lock(m_impl->status_mutex);
    return m_impl->status;
}

bool LiveClient::IsDelivered(const std::string& note_uuid, int version) const {
    std::lock_guard<std::mutex> lock(m_impl->status_mutex);
    return m_impl->delivered.count({note_uuid, version}) > 0;
}

int64_t LiveClockOffsetMs(const LiveClientStatus& status, int64_t now_wall_ms) {
    if (!status.timer.running) return status.timer.offset_ms;
    return status.timer.offset_ms + std::max<int64_t>(0, now_wall_ms - status.timer_received_ms);
}

} // namespace hd
