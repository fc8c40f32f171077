/* TEST-ONLY stand-in for Windows' bcryptprimitives.dll, which Wine 8.0 lacks: ProcessPrng, the
   random bytes pydantic-core's Rust runtime asks for, from RtlGenRandom (advapi32). Built by
   packaging/windows/build.sh into the Wine prefix's system32; it must never enter the bundle
   (Windows 10/11 have the real one; build.sh checks). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
