// A child process with its stdin and stdout on pipes, for tests that drive hearingctl. Reads are
// bounded by timeouts; the destructor kills a child that is still running.
#pragma once
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace hd::test {

class Subprocess {
  public:
    explicit Subprocess(const std::vector<std::string>& args) {
        int in[2], out[2];
        if (::pipe(in) != 0 || ::pipe(out) != 0) return;
        m_pid = ::fork();
        if (m_pid == 0) {
            ::dup2(in[0], 0);
            ::dup2(out[1], 1);
            ::close(in[0]);
            ::close(in[1]);
            ::close(out[0]);
            ::close(out[1]);
            std::vector<char*> argv;
            for (const std::string& a : args)
                argv.push_back(const_cast<char*>(a.c_str()));
            argv.push_back(nullptr);
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        ::close(in[0]);
        ::close(out[1]);
        m_stdin = in[1];
        m_stdout = out[0];
        ::signal(SIGPIPE, SIG_IGN); // writing to a killed child must not kill the test
    }
    ~Subprocess() {
        if (m_pid > 0 && !m_exited) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        CloseStdin();
        if (m_stdout >= 0) ::close(m_stdout);
    }
    Subprocess(const Subprocess&) = delete;
    Subprocess& operator=(const Subprocess&) = delete;

    bool Started() const { return m_pid > 0; }

    void WriteLine(const std::string& line) {
        std::string s = line + "\n";
        if (m_stdin >= 0) (void)!::write(m_stdin, s.data(), s.size());
    }
    void CloseStdin() {
        if (m_stdin >= 0) ::close(m_stdin);
        m_stdin = -1;
    }

    // The next line of stdout (without the newline), or nullopt on timeout or end of output.
    std::optional<std::string> ReadLine(int timeout_ms) {
        auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
        for (;;) {
            size_t nl = m_buffer.find('\n');
            if (nl != std::string::npos) {
                std::string line = m_buffer.substr(0, nl);
                m_buffer.erase(0, nl + 1);
                return line;
            }
            if (m_eof) return std::nullopt;
            auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                until - std::chrono::steady_clock::now());
            if (left.count() <= 0) return std::nullopt;
            pollfd p{m_stdout, POLLIN, 0};
            if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
            char buf[4096];
            ssize_t n = ::read(m_stdout, buf, sizeof buf);
            if (n <= 0)
                m_eof = true;
            else
                m_buffer.append(buf, static_cast<size_t>(n));
        }
    }

    // Reads lines until one starts with `prefix`; every line read is kept in Lines().
    std::optional<std::string> ReadUntil(const std::string& prefix, int timeout_ms) {
        auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
        for (;;) {
            auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                until - std::chrono::steady_clock::now());
            if (left.count() <= 0) return std::nullopt;
            auto line = ReadLine(static_cast<int>(left.count()));
            if (!line) return std::nullopt;
            m_lines.push_back(*line);
            if (line->rfind(prefix, 0) == 0) return line;
        }
    }
    // Reads the rest of the output (until end of output or timeout).
    void ReadAll(int timeout_ms) { ReadUntil("\x01never", timeout_ms); }
    const std::vector<std::string>& Lines() const { return m_lines; }

    void Kill(int sig = SIGKILL) {
        if (m_pid > 0 && !m_exited) ::kill(m_pid, sig);
    }
    // Exit code, or -1 when it did not exit in time (then it is killed), or 128+signal.
    int Wait(int timeout_ms) {
        auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
        for (;;) {
            int status = 0;
            pid_t r = ::waitpid(m_pid, &status, WNOHANG);
            if (r == m_pid) {
                m_exited = true;
                if (WIFEXITED(status)) return WEXITSTATUS(status);
                return 128 + WTERMSIG(status);
            }
            if (std::chrono::steady_clock::now() > until) {
                ::kill(m_pid, SIGKILL);
                ::waitpid(m_pid, nullptr, 0);
                m_exited = true;
                return -1;
            }
            ::usleep(5000);
        }
    }

  private:
    pid_t m_pid = -1;
    int m_stdin = -1, m_stdout = -1;
    bool m_exited = false, m_eof = false;
    std::string m_buffer;
    std::vector<std::string> m_lines;
};

} // namespace hd::test
