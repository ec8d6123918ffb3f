package cycb

import "example.com/mod/cyca"

var B = cyca.A
