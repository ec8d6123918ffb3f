package clinic

import "log"

// Command is a command-line verb: what it does is the function literal
// in its Run field, written where the command is declared, at package
// level.
type Command struct {
	Use string
	Run func(p *Patient) error
}

// openCmd opens a record once the check has succeeded.
var openCmd = &Command{
	Use: "open",
	Run: func(p *Patient) error {
		if err := mayDisclose(p); err != nil {
			return err
		}
		log.Printf("opened %s", p.Name)
		return nil
	},
}

// peekCmd logs the refusal and opens the record anyway.
var peekCmd = &Command{
	Use: "peek",
	Run: func(p *Patient) error {
		if err := mayDisclose(p); err != nil {
			log.Printf("consent missing for record %s", p.ID)
		}
		log.Printf("opened %s", p.Name) // leak: PHI1001
		return nil
	},
}
