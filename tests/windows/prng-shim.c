/* TEST ONLY, for Wine 8 (no bcryptprimitives.dll): ProcessPrng over advapi32's RtlGenRandom; never shipped. */
#include <windows.h>
#include <ntsecapi.h>

/* Rust's standard library asks ProcessPrng for its random numbers (HashMap keys, rand's OsRng). */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!RtlGenRandom(data, n))
            return FALSE;
        data += n;
        len -= n;
    }
    return TRUE;
}
