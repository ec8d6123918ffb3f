package catalog

// go.mongodb.org/mongo-driver/mongo: the MongoDB Go driver, an I/O
// package (see IOPackage). Its code is analysed.
var mongoTable = register(Table{
	Package: mongoV1, Analysed: true, Cases: "ioleaks",
	IO: []IOPackage{{Path: mongoV1, Library: "MongoDB Go driver", Keeps: mongoKeeps(mongoV1)}},
})

const mongoV1 = "go.mongodb.org/mongo-driver/mongo"

// go.mongodb.org/mongo-driver/v2/mongo: the driver's second major
// version, a module of its own with the same collection API (documents,
// filters and updates at the same arguments), an I/O package the same
// way.
var mongoV2Table = register(Table{
	Package: mongoV2, Analysed: true, Cases: "ioleaks",
	IO: []IOPackage{{Path: mongoV2, Library: "MongoDB Go driver v2", Keeps: mongoKeeps(mongoV2)}},
})

const mongoV2 = "go.mongodb.org/mongo-driver/v2/mongo"

// mongoKeeps are the calls of the collection of the driver's package pkg
// by the arguments (receiver = 0, context = 1) that are documents,
// filters or updates to encode.
func mongoKeeps(pkg string) []Keep {
	coll := "(*" + pkg + ".Collection)."
	return concat(
		keepsOf(each(coll, "InsertOne", "InsertMany", "DeleteOne", "DeleteMany", "Find", "FindOne",
			"FindOneAndDelete", "CountDocuments", "Aggregate"), At(2)),
		keepsOf(each(coll, "ReplaceOne", "UpdateOne", "UpdateMany", "FindOneAndReplace", "FindOneAndUpdate"), At(2, 3)),
	)
}
