package catalog

// cloud.google.com/go/firestore: the Google Cloud Firestore client, an
// I/O package (see IOPackage) as the SQL drivers and MongoDB's are: a
// document set, created, updated or added, in a batch, a bulk writer or a
// transaction, is stored in the service's own database, though the client
// sends it over gRPC; what it reads back is what the database held. Its
// code is analysed.
var firestoreTable = register(Table{
	Package: "cloud.google.com/go/firestore", Analysed: true,
	IO: []IOPackage{{Path: "cloud.google.com/go/firestore", Library: "Cloud Firestore client"}},
})
