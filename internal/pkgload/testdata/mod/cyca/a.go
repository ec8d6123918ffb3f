package cyca

import "example.com/mod/cycb"

var A = cycb.B
