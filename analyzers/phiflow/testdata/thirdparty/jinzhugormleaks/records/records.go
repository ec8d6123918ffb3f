// Package records keeps a service's connection, its models and the
// helpers each model builds its queries with, as services on GORM v1
// often do; the handlers of jinzhugormleaks answer with what they load.
package records

import "github.com/jinzhu/gorm"

// RDB is the service's connection.
var RDB *gorm.DB

// Person is the only model with marked data.
type Person struct {
	ID       int64
	Name     string `phi:"direct"`
	MemberID int64
}

// Member's person is an association.
type Member struct {
	ID     int64
	Role   string
	Person *Person `gorm:"foreignkey:MemberID"`
}

// Team lists its members (many2many).
type Team struct {
	ID      int64
	Name    string
	Members []*Member `gorm:"many2many:team_member"`
}

// PreloadTeam loads no association: the query as it was given.
func (t *Team) PreloadTeam(db *gorm.DB) *gorm.DB {
	return db
}

// PreloadMembers loads the members, not their people.
func (t *Team) PreloadMembers(db *gorm.DB) *gorm.DB {
	return db.Preload("Members")
}

// PreloadPeople loads the members and their people.
func (t *Team) PreloadPeople(db *gorm.DB) *gorm.DB {
	return db.Preload("Members").Preload("Members.Person")
}

// Ordered starts from the connection itself.
func Ordered() *gorm.DB {
	return RDB.Order("id")
}

// Chosen loads what the caller says, which phivet cannot tell.
func Chosen(db *gorm.DB, assoc string) *gorm.DB {
	return db.Preload(assoc)
}
