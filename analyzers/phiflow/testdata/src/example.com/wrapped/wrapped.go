// Package wrapped passes a handle holding identifiable data in one field
// to functions that wrap it in another object: reading the handle's other
// field through the wrapper reads only that field.
package wrapped

import (
	"log"

	"example.com/wrapped/lib"
)

type User struct {
	ID     int64
	Avatar string `phi:"direct"`
}

func CloseWrapped(u *User) {
	h := lib.NewHandle("avatars", u.Avatar)
	lib.Wrap(h).Close()
}

func CloseFromMethod(u *User) {
	h := lib.NewHandle("avatars", u.Avatar)
	h.NewWriter().Close()
}

func CloseAttached(u *User) {
	h := lib.NewHandle("avatars", u.Avatar)
	w := &lib.Writer{}
	w.Attach(h)
	w.Close()
}

func DescribeWrapped(u *User) {
	h := lib.NewHandle("avatars", u.Avatar)
	lib.Wrap(h).Describe() // want `User.Avatar \(direct\) reaches log sink slog.Debug`
}

func DescribeAttached(u *User) {
	h := lib.NewHandle("avatars", u.Avatar)
	w := &lib.Writer{}
	w.Attach(h)
	w.Describe() // want `User.Avatar \(direct\) reaches log sink slog.Debug`
}

// CloseNamedBucket keeps the data in the field Close reads.
func CloseNamedBucket(u *User) {
	h := lib.NewHandle(u.Avatar, "avatar.png")
	lib.Wrap(h).Close() // want `User.Avatar \(direct\) reaches log sink slog.Debug`
}

// CloseWrittenLater writes the handle after wrapping it: the writer
// holds the handle itself, so it sees the write.
func CloseWrittenLater(u *User) {
	h := lib.NewHandle("avatars", "avatar.png")
	w := lib.Wrap(h)
	h.Bucket = u.Avatar
	w.Close() // want `User.Avatar \(direct\) reaches log sink slog.Debug`
}

// passWrapped wraps the handle its caller gave it.
func passWrapped(h *lib.Handle) { lib.Wrap(h).Close() }

func ClosePassed(u *User) {
	passWrapped(lib.NewHandle("avatars", u.Avatar))
}

func ClosePassedBucket(u *User) {
	passWrapped(lib.NewHandle(u.Avatar, "avatar.png")) // want `User.Avatar \(direct\) reaches log sink slog.Debug`
}

// Visit keeps the user it is about: what is read through it is what is
// read through the user.
type Visit struct {
	User *User
	Room string
}

func newVisit(u *User) *Visit { return &Visit{User: u, Room: "3"} }

func LogVisitUserID(u *User) {
	v := newVisit(u)
	log.Print(v.User.ID, v.Room)
}

func LogVisitAvatar(u *User) {
	v := newVisit(u)
	log.Print(v.User.Avatar) // want `User.Avatar \(direct\) reaches log sink log.Print`
}

func LogVisitUser(u *User) {
	v := newVisit(u)
	log.Printf("%+v", *v.User) // want `User.Avatar \(direct\) reaches log sink log.Printf`
}
