package catalog

// go.mongodb.org/mongo-driver/mongo: the MongoDB Go driver, an I/O
// package (see IOPackage). Its code is analysed.
var mongoTable = register(Table{
	Package: "go.mongodb.org/mongo-driver/mongo", Analysed: true, Cases: "ioleaks",
	IO: []IOPackage{{Path: "go.mongodb.org/mongo-driver/mongo", Library: "MongoDB Go driver", Keeps: mongoKeeps}},
})

const mongoColl = "(*go.mongodb.org/mongo-driver/mongo.Collection)."

// mongoKeeps are the collection's calls by the arguments (receiver = 0,
// context = 1) that are documents, filters or updates to encode.
var mongoKeeps = concat(
	keepsOf(each(mongoColl, "InsertOne", "InsertMany", "DeleteOne", "DeleteMany", "Find", "FindOne",
		"FindOneAndDelete", "CountDocuments", "Aggregate"), At(2)),
	keepsOf(each(mongoColl, "ReplaceOne", "UpdateOne", "UpdateMany", "FindOneAndReplace", "FindOneAndUpdate"), At(2, 3)),
)
