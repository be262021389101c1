#include "app/platform.h"

#define GL_SILENCE_DEPRECATION
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cstdio>
#include <vector>

#include "app/app_state.h"
#include "app/screens/screens.h"
#include "app/ui_frame.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/store/store.h"

extern "C" int stbi_write_png(char const* filename, int w, int h, int comp, const void* data, int stride_in_bytes);

namespace hd {

namespace {
bool SavePng(const std::string& path, int w, int h) {
    std::vector<unsigned char> pixels(static_cast<size_t>(w) * static_cast<size_t>(h) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's rows start at the bottom; PNG's at the top.
    std::vector<unsigned char> flipped(pixels.size());
    size_t row = static_cast<size_t>(w) * 4;
    for (int y = 0; y < h; ++y)
        std::copy_n(pixels.data() + static_cast<size_t>(h - 1 - y) * row, row, flipped.data() + static_cast<size_t>(y) * row);
    return stbi_write_png(path.c_str(), w, h, 4, flipped.data(), static_cast<int>(row)) != 0;
}

void ApplyFullscreen(GLFWwindow* window, bool fullscreen, int& saved_x, int& saved_y, int& saved_w, int& saved_h) {
    bool is_full = glfwGetWindowMonitor(window) != nullptr;
    if (fullscreen == is_full) return;
    if (fullscreen) {
        glfwGetWindowPos(window, &saved_x, &saved_y);
        glfwGetWindowSize(window, &saved_w, &saved_h);
        GLFWmonitor* monitor = glfwGetPrimaryMonitor();
        const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
        if (mode) glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    } else {
        glfwSetWindowMonitor(window, nullptr, saved_x, saved_y, saved_w, saved_h, 0);
    }
}

// [SECTION] Audience window: a second GLFW window with its own ImGui context, on the second monitor.
// It shares the main window's OpenGL objects and font atlas; it takes no input of its own: keys typed
// while it has focus go to the main context, where the projection screen handles them.
struct AudienceWindow {
    GLFWwindow* window = nullptr;
    ImGuiContext* context = nullptr;
    GLFWwindow* main_window = nullptr;
    ImGuiContext* main_context = nullptr;
    ImTextureID main_font_texture = nullptr;
    bool dismissed = false; // closed by hand: stays closed until the projection is opened again
};

void ForwardKey(GLFWwindow* w, int key, int scancode, int action, int mods) {
    auto* aw = static_cast<AudienceWindow*>(glfwGetWindowUserPointer(w));
    ImGuiContext* current = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(aw->main_context);
    ImGui_ImplGlfw_KeyCallback(aw->main_window, key, scancode, action, mods);
    ImGui::SetCurrentContext(current);
}

void ForwardChar(GLFWwindow* w, unsigned int c) {
    auto* aw = static_cast<AudienceWindow*>(glfwGetWindowUserPointer(w));
    ImGuiContext* current = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(aw->main_context);
    ImGui_ImplGlfw_CharCallback(aw->main_window, c);
    ImGui::SetCurrentContext(current);
}

GLFWmonitor* SecondMonitor() {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    GLFWmonitor* primary = glfwGetPrimaryMonitor();
    for (int i = 0; i < count; ++i)
        if (monitors[i] != primary) return monitors[i];
    return nullptr;
}

void OpenAudienceWindow(AudienceWindow& aw, GLFWwindow* main_window, bool forced) {
    GLFWmonitor* monitor = SecondMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    int w = mode ? mode->width : 1280, h = mode ? mode->height : 720;
    if (!mode && !forced) return;
    glfwWindowHint(GLFW_VISIBLE, GLFW_TRUE);
    aw.window = glfwCreateWindow(w, h, "Hearing Desk — audience", mode ? monitor : nullptr, main_window);
    if (!aw.window) return;
    aw.main_window = main_window;
    aw.main_context = ImGui::GetCurrentContext();
    aw.main_font_texture = ImGui::GetIO().Fonts->TexID;
    glfwSetWindowUserPointer(aw.window, &aw);
    glfwSetKeyCallback(aw.window, ForwardKey);
    glfwSetCharCallback(aw.window, ForwardChar);
    glfwMakeContextCurrent(aw.window);
    glfwSwapInterval(0); // the main window waits for vsync; one wait per frame is enough
    aw.context = ImGui::CreateContext(ImGui::GetIO().Fonts);
    ImGui::SetCurrentContext(aw.context);
    ImGui::GetIO().IniFilename = nullptr;
    ApplyStyle();
    ImGui_ImplGlfw_InitForOpenGL(aw.window, false);
    ImGui_ImplOpenGL3_Init("#version 130");
    ImGui::SetCurrentContext(aw.main_context);
    glfwMakeContextCurrent(main_window);
}

void CloseAudienceWindow(AudienceWindow& aw) {
    if (!aw.window) return;
    glfwMakeContextCurrent(aw.window);
    ImGui::SetCurrentContext(aw.context);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext(aw.context);
    ImGui::SetCurrentContext(aw.main_context);
    ImGui::GetIO().Fonts->SetTexID(aw.main_font_texture); // the audience's texture is gone
    glfwDestroyWindow(aw.window);
    glfwMakeContextCurrent(aw.main_window);
    bool dismissed = aw.dismissed;
    aw = AudienceWindow{};
    aw.dismissed = dismissed;
}

// One frame of the audience window; returns false when its PNG could not be written.
bool AudienceFrame(AudienceWindow& aw, AppState& state, Workspace& ws, const std::string& screenshot) {
    bool ok = true;
    glfwMakeContextCurrent(aw.window);
    ImGui::SetCurrentContext(aw.context);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    DrawAudienceWindow(state, ws);
    ImGui::Render();
    int w, h;
    glfwGetFramebufferSize(aw.window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0, 0, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!screenshot.empty()) {
        glFinish();
        ok = SavePng(screenshot, w, h);
    }
    glfwSwapBuffers(aw.window);
    ImGui::SetCurrentContext(aw.main_context);
    glfwMakeContextCurrent(aw.main_window);
    return ok;
}

// Open while the projection is shown and a second monitor exists (or when forced); closed otherwise.
void UpdateAudienceWindow(AudienceWindow& aw, AppState& state, GLFWwindow* main_window, const PlatformOptions& options) {
    bool wanted = state.screen == Screen::Projection && (options.force_audience_window || SecondMonitor() != nullptr);
    if (!wanted) aw.dismissed = false;
    if (wanted && !aw.window && !aw.dismissed) OpenAudienceWindow(aw, main_window, options.force_audience_window);
    if (aw.window && (!wanted || glfwWindowShouldClose(aw.window))) {
        aw.dismissed = wanted;
        CloseAudienceWindow(aw);
    }
    state.projection.audience_window = aw.window != nullptr;
}

} // namespace

int RunWindow(AppState& state, Workspace& ws, const PlatformOptions& options) {
    if (!glfwInit()) {
        std::fprintf(stderr, "hearingdesk: cannot open a window (no display? try xvfb-run -a)\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    if (!options.visible) glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, "Hearing Desk", nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "hearingdesk: cannot create an OpenGL 3 window\n");
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // window layout is fixed; nothing to remember between runs
    ApplyStyle();
    LoadFonts();
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");

    AudienceWindow audience;
    int frame = 0, saved_x = 100, saved_y = 100, saved_w = options.width, saved_h = options.height;
    int exit_code = 0;
    while (!glfwWindowShouldClose(window) && !state.quit) {
        if (options.screenshot_path.empty()) glfwWaitEventsTimeout(0.1); // the clock ticks even when idle
        else glfwPollEvents();
        state.now_ms = NowWallMs();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        DrawFrame(state, ws);
        ImGui::Render();
        int w, h;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        glClearColor(0.08f, 0.09f, 0.11f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (!options.screenshot_path.empty() && ++frame >= options.frames) {
            glFinish();
            if (!SavePng(options.screenshot_path, w, h)) {
                std::fprintf(stderr, "hearingdesk: could not write %s\n", options.screenshot_path.c_str());
                exit_code = 1;
            }
            glfwMakeContextCurrent(window);
            if (audience.window && !options.audience_screenshot_path.empty() &&
                !AudienceFrame(audience, state, ws, options.audience_screenshot_path)) {
                std::fprintf(stderr, "hearingdesk: could not write %s\n", options.audience_screenshot_path.c_str());
                exit_code = 1;
            }
            break;
        }
        glfwSwapBuffers(window);
        if (options.screenshot_path.empty()) ApplyFullscreen(window, state.fullscreen, saved_x, saved_y, saved_w, saved_h);
        UpdateAudienceWindow(audience, state, window, options);
        if (audience.window) AudienceFrame(audience, state, ws, {});
    }
    CloseAudienceWindow(audience);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exit_code;
}

} // namespace hd
