/* TEST-ONLY stand-in for Windows' system icuuc.dll (Windows 10 1903 and later have it), which
   Wine 8.0 lacks and Qt6Core imports for its ICU text codecs. Every converter fails to open, so
   Qt uses its built-in UTF-8/UTF-16/Latin-1 codecs, which are all the kiosk needs. Built by
   packaging/windows/build.sh into the Wine prefix's system32; it must never enter the bundle. */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
#define U_FILE_ACCESS_ERROR 4

typedef int UErrorCode;

EXPORT void *ucnv_open(const char *name, UErrorCode *status)
{
    (void)name;
    if (status != NULL && *status <= 0)
        *status = U_FILE_ACCESS_ERROR;
    return NULL;
}

EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }

/* Never reached without an open converter; here so that Qt6Core.dll loads. */
#define UNUSED(fn) EXPORT intptr_t fn(void) { return 0; }
UNUSED(ucnv_close)
UNUSED(ucnv_reset)
UNUSED(ucnv_getMaxCharSize)
UNUSED(ucnv_getName)
UNUSED(ucnv_getStandardName)
UNUSED(ucnv_getToUCallBack)
UNUSED(ucnv_getFromUCallBack)
UNUSED(ucnv_setToUCallBack)
UNUSED(ucnv_setFromUCallBack)
UNUSED(ucnv_toUnicode)
UNUSED(ucnv_fromUnicode)
UNUSED(ucnv_toUCountPending)
UNUSED(ucnv_fromUCountPending)
UNUSED(ucnv_cbToUWriteUChars)
UNUSED(ucnv_cbFromUWriteUChars)
UNUSED(UCNV_FROM_U_CALLBACK_SUBSTITUTE)
UNUSED(UCNV_TO_U_CALLBACK_SUBSTITUTE)
