package catalog

// github.com/redis/go-redis/v9: the Redis client, an I/O package (see
// IOPackage). Its code is analysed.
var goRedisTable = register(Table{
	Package: "github.com/redis/go-redis/v9", Analysed: true, Cases: "ioleaks",
	IO: []IOPackage{{Path: "github.com/redis/go-redis/v9", Library: "go-redis"}},
})
