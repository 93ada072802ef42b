// libFuzzer driver: FA_FUZZ_ENTRY names the entry in fuzzentries.h.
#include "fuzzentries.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The app always runs with a QCoreApplication; tr() and time zones expect one.
    // Never destroyed: libFuzzer leaves through exit(), after Qt's own globals are gone.
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    (void)app;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return fa::fuzz::FA_FUZZ_ENTRY(data, size);
}
