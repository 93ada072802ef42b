// Times what a person sees of a program under X: runs it and watches the
// screen, not the program. Prints, in ms from just before the program starts:
//   mapped-ms: N   its first top-level window is mapped (MapNotify on the root)
//   colour-ms: N   an area of the given colour is on screen (--colour)
// With --keys, gives the keyboard focus to the first window when it is mapped,
// as a window manager does (a bare Xvfb has none, and its focus stays
// PointerRoot, where there is no window to send keys to), sends those keys (X
// keysym names) to the focused window once the window has been mapped for
// --keys-after ms, and also prints
//   keys-to-colour-ms: N   from the last key sent to the colour on screen
// The colour must be absent when the keys are sent, or nothing is timed.
// The screen is read every --poll ms (default 5) through MIT-SHM when the server
// has it. The program is stopped (SIGTERM, then SIGKILL) once all is seen or
// after --timeout s. Exit status 0 when everything asked for was seen.
//
//   xprobe [--colour RRGGBB] [--tolerance N] [--min-area PX] [--poll MS]
//          [--keys "Down Return"] [--keys-after MS] [--timeout S] -- PROGRAM ARGS...
//
// No Qt here, so that the probe itself starts nothing that competes with the
// program being timed. Used by bench_launch.sh and bench_startup.sh.
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/wait.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Options
{
    bool wantColour = false;
    int red = 0, green = 0, blue = 0;
    int tolerance = 24;
    int minArea = 1600; // px: the sample media's text-free centre box is 40x40
    double pollMs = 5;
    double timeoutS = 20;
    std::vector<std::string> keys;
    double keysAfterMs = 1000;
    char **program = nullptr;
};

[[noreturn]] void usage()
{
    std::fprintf(stderr, "usage: xprobe [--colour RRGGBB] [--tolerance N] [--min-area PX] "
                         "[--poll MS] [--keys \"K1 K2\"] [--keys-after MS] [--timeout S] "
                         "-- PROGRAM ARGS...\n");
    std::exit(2);
}

Options parse(int argc, char **argv)
{
    Options o;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string a = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                usage();
            return argv[++i];
        };
        if (a == "--") {
            ++i;
            break;
        } else if (a == "--colour") {
            const unsigned long rgb = std::strtoul(value().c_str(), nullptr, 16);
            o.wantColour = true;
            o.red = int((rgb >> 16) & 0xff);
            o.green = int((rgb >> 8) & 0xff);
            o.blue = int(rgb & 0xff);
        } else if (a == "--tolerance") {
            o.tolerance = std::atoi(value().c_str());
        } else if (a == "--min-area") {
            o.minArea = std::atoi(value().c_str());
        } else if (a == "--poll") {
            o.pollMs = std::atof(value().c_str());
        } else if (a == "--timeout") {
            o.timeoutS = std::atof(value().c_str());
        } else if (a == "--keys") {
            std::string list = value();
            size_t start = 0;
            while (start < list.size()) {
                size_t end = list.find(' ', start);
                if (end == std::string::npos)
                    end = list.size();
                if (end > start)
                    o.keys.push_back(list.substr(start, end - start));
                start = end + 1;
            }
        } else if (a == "--keys-after") {
            o.keysAfterMs = std::atof(value().c_str());
        } else {
            usage();
        }
    }
    if (i >= argc)
        usage();
    o.program = argv + i;
    return o;
}

// Reads the root window; through shared memory when the server offers it.
class ScreenReader
{
public:
    ScreenReader(Display *display, Window root)
        : m_display(display)
        , m_root(root)
    {
        XWindowAttributes attributes{};
        XGetWindowAttributes(display, root, &attributes);
        m_width = attributes.width;
        m_height = attributes.height;
        if (XShmQueryExtension(display)) {
            m_image =
                XShmCreateImage(display, attributes.visual, unsigned(attributes.depth), ZPixmap,
                                nullptr, &m_shm, unsigned(m_width), unsigned(m_height));
            if (m_image) {
                m_shm.shmid =
                    shmget(IPC_PRIVATE, size_t(m_image->bytes_per_line) * size_t(m_height),
                           IPC_CREAT | 0600);
                m_shm.shmaddr = m_image->data = static_cast<char *>(shmat(m_shm.shmid, nullptr, 0));
                m_shm.readOnly = False;
                m_useShm = XShmAttach(display, &m_shm) != 0;
                XSync(display, False);
                shmctl(m_shm.shmid, IPC_RMID, nullptr); // freed once both sides detach
            }
        }
    }
    ~ScreenReader()
    {
        if (m_useShm) {
            XShmDetach(m_display, &m_shm);
            shmdt(m_shm.shmaddr);
            m_image->data = nullptr;
        }
        if (m_image)
            XDestroyImage(m_image);
    }

    // Pixels within `tolerance` of the colour, counted on a 4x4 grid (x 16).
    int areaOf(const Options &o)
    {
        XImage *image = nullptr;
        if (m_useShm) {
            XShmGetImage(m_display, m_root, m_image, 0, 0, AllPlanes);
            image = m_image;
        } else {
            image = XGetImage(m_display, m_root, 0, 0, unsigned(m_width), unsigned(m_height),
                              AllPlanes, ZPixmap);
        }
        if (!image)
            return 0;
        int count = 0;
        for (int y = 0; y < m_height; y += 4) {
            for (int x = 0; x < m_width; x += 4) {
                const unsigned long p = XGetPixel(image, x, y);
                const int r = int((p >> 16) & 0xff), g = int((p >> 8) & 0xff), b = int(p & 0xff);
                if (std::abs(r - o.red) <= o.tolerance && std::abs(g - o.green) <= o.tolerance
                    && std::abs(b - o.blue) <= o.tolerance)
                    ++count;
            }
        }
        if (!m_useShm)
            XDestroyImage(image);
        return count * 16;
    }

private:
    Display *m_display;
    Window m_root;
    int m_width = 0;
    int m_height = 0;
    XShmSegmentInfo m_shm{};
    XImage *m_image = nullptr;
    bool m_useShm = false;
};

int xErrors = 0;
int countError(Display *, XErrorEvent *)
{
    ++xErrors;
    return 0;
}

// False when the key could not be sent.
bool sendKey(Display *display, const std::string &name)
{
    const KeySym sym = XStringToKeysym(name.c_str());
    if (sym == NoSymbol) {
        std::fprintf(stderr, "xprobe: unknown key %s\n", name.c_str());
        return false;
    }
    Window focus = None;
    int revert = 0;
    XGetInputFocus(display, &focus, &revert);
    if (focus == None || focus == PointerRoot) {
        std::fprintf(stderr, "xprobe: no window has the keyboard focus; %s not sent\n",
                     name.c_str());
        return false;
    }
    XKeyEvent event{};
    event.display = display;
    event.window = focus;
    event.root = DefaultRootWindow(display);
    event.subwindow = None;
    event.time = CurrentTime;
    event.same_screen = True;
    event.keycode = XKeysymToKeycode(display, sym);
    event.type = KeyPress;
    XSendEvent(display, focus, True, KeyPressMask, reinterpret_cast<XEvent *>(&event));
    event.type = KeyRelease;
    XSendEvent(display, focus, True, KeyReleaseMask, reinterpret_cast<XEvent *>(&event));
    XFlush(display);
    return true;
}

void stopChild(pid_t child)
{
    kill(child, SIGTERM);
    for (int i = 0; i < 100; ++i) {
        if (waitpid(child, nullptr, WNOHANG) == child)
            return;
        usleep(20000);
    }
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
}

} // namespace

int main(int argc, char **argv)
{
    const Options o = parse(argc, argv);
    Display *display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "xprobe: cannot open the display\n");
        return 2;
    }
    const Window root = DefaultRootWindow(display);
    XSelectInput(display, root, SubstructureNotifyMask);
    XSetErrorHandler(countError);
    auto *screen = new ScreenReader(display, root);
    XSync(display, False);

    const double start = nowMs();
    const pid_t child = fork();
    if (child == 0) {
        execvp(o.program[0], o.program);
        std::perror("xprobe: exec");
        _exit(127);
    }

    double mapped = -1, coloured = -1, keysSent = -1;
    const bool wantKeys = !o.keys.empty();
    bool keysFailed = false;
    bool exited = false;
    while (nowMs() - start < o.timeoutS * 1000) {
        while (XPending(display)) {
            XEvent event;
            XNextEvent(display, &event);
            if (event.type == MapNotify && mapped < 0 && !event.xmap.override_redirect) {
                mapped = nowMs() - start;
                if (wantKeys)
                    XSetInputFocus(display, event.xmap.window, RevertToParent, CurrentTime);
            }
        }
        if (o.wantColour && coloured < 0 && (!wantKeys || keysSent >= 0)
            && screen->areaOf(o) >= o.minArea)
            coloured = nowMs() - start;
        if (wantKeys && keysSent < 0 && mapped >= 0 && nowMs() - start >= mapped + o.keysAfterMs) {
            if (o.wantColour && screen->areaOf(o) >= o.minArea) {
                std::fprintf(stderr, "xprobe: the colour shows before the keys\n");
                keysFailed = true;
            }
            for (const std::string &key : o.keys)
                keysFailed = !sendKey(display, key) || keysFailed;
            keysSent = nowMs() - start;
            if (keysFailed)
                break;
        }
        if (mapped >= 0 && (!o.wantColour || coloured >= 0))
            break;
        if (waitpid(child, nullptr, WNOHANG) == child) {
            exited = true;
            break;
        }
        usleep(useconds_t(o.pollMs * 1000));
    }
    if (!exited)
        stopChild(child);

    if (mapped >= 0)
        std::printf("mapped-ms: %.1f\n", mapped);
    if (coloured >= 0)
        std::printf("colour-ms: %.1f\n", coloured);
    if (wantKeys && coloured >= 0 && keysSent >= 0 && !keysFailed)
        std::printf("keys-to-colour-ms: %.1f\n", coloured - keysSent);
    std::fflush(stdout);
    delete screen; // before the display it uses
    XCloseDisplay(display);
    if (xErrors > 0)
        std::fprintf(stderr, "xprobe: %d X errors\n", xErrors);
    const bool seen = mapped >= 0 && (!o.wantColour || coloured >= 0) && !keysFailed;
    if (!seen && !keysFailed)
        std::fprintf(stderr, "xprobe: not seen within %.0f s%s\n", o.timeoutS,
                     exited ? " (the program exited)" : "");
    return seen ? 0 : 1;
}
