#ifndef GUICHET_CCRYPT_SHIM_H
#define GUICHET_CCRYPT_SHIM_H
#include <crypt.h>
#endif
