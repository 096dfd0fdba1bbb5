/**
 * Given names that tell a person's sex, for "he" and "she": "Anna Brooks testified on Monday.
 * Her brother, Tom Brooks, was convicted in 2019. He fled to Mexico in 2020" is Tom Brooks, never
 * Anna. A name borne by women and men alike (Sam, Alex, Jordan, Dana, Kim, Jean, Andrea, Robin,
 * Leslie …) is in neither list: the table tells only what a reader of the name would not doubt,
 * and an unknown name tells nothing. Words beside the name ("Mr.", "her daughter,") and a
 * pronoun the sentence gives it come first (`statedSex` in subjects.ts); this table is the last
 * word asked.
 */

const FEMALE = `
	Abigail Ada Adele Adriana Agnes Aileen Alice Alicia Alison Allison Amanda Amara Amelia Amy Ana
	Anna Anne Annie Antonia Ava Barbara Beatrice Beatriz Bella Bernadette Beth Betty Beverly
	Brenda Bridget Brigitte Camila Carla Carmen Carol Carolina Caroline Catherine Cecilia Charlotte
	Chloe Christina Christine Claire Clara Claudia Colleen Constance Cynthia Daisy Daniela Deborah
	Debra Denise Diana Diane Dolores Donna Doris Dorothy Edith Eileen Elaine Eleanor Elena Elisa
	Elizabeth Ella Ellen Eloise Elsa Emily Emma Erica Erin Esther Eva Eve Evelyn Fatima Fiona
	Florence Frances Francesca Gabriela Gabrielle Gemma Georgia Gina Giulia Gloria Grace Greta
	Gwen Hannah Harriet Heather Heidi Helen Helena Hilda Holly Ida Ines Ingrid Irene Iris Isabel
	Isabella Jane Janet Janice Jasmine Jennifer Jenny Jessica Jill Joanna Josephine Joyce Judith
	Judy Julia Julie Karen Karin Katherine Kathleen Kathryn Katie Laura Lauren Leah Lena Lily
	Linda Lisa Lois Lorraine Louise Lucia Lucy Luisa Lydia Mabel Madeleine Margaret Margarita
	Maria Marian Marie Marilyn Marisol Martha Mary Maureen Maya Megan Melanie Melissa Mia
	Michelle Miriam Molly Monica Nadia Nancy Naomi Natalia Natalie Nina Nora Norma Olga Olivia
	Paula Pauline Peggy Penelope Phyllis Priscilla Rachel Rebecca Regina Rita Roberta Rosa
	Rosemary Ruth Sabrina Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley Silvia Siobhan
	Sofia Sophia Sophie Stella Stephanie Susan Suzanne Sylvia Tamara Teresa Theresa Ursula
	Valentina Valerie Vanessa Vera Veronica Victoria Violet Virginia Wanda Wendy Yolanda Yvonne
	Zoe Zoë María Inés Sofía Lucía`;

const MALE = `
	Aaron Adam Adrian Ahmed Alan Albert Alberto Alejandro Alexander Alfred Ali Andrew Andrés
	Anthony Antonio Arthur Barry Benjamin Bernard Bill Billy Bob Brad Brandon Brian Bruce Bryan
	Carl Carlos Charles Christopher Clarence Craig Dale Daniel Darren David Dennis Diego Dmitri
	Donald Douglas Duncan Dylan Earl Eddie Edgar Eduardo Edward Elijah Emil Eric Erik Ernest
	Eugene Felix Fernando Francis Francisco Frank Fred Frederick Gary Gavin George Gerald Gordon
	Graham Greg Gregory Hans Harold Harry Hector Henry Herbert Howard Hugh Hugo Ian Isaac Ivan
	Jack Jacob Jake James Jason Javier Jeff Jeffrey Jeremy Jerome Jim Jimmy Joe Joel John Jon
	Jonathan Jorge José Joseph Joshua Juan Karl Keith Kenneth Kevin Klaus Larry Lawrence Leo
	Leonard Liam Louis Luis Luka Luke Malcolm Manuel Marcus Mark Martin Matthew Michael Miguel
	Mike Mohammed Muhammad Nathan Neil Nicholas Nick Noah Oliver Omar Oscar Owen Patrick Paul
	Pedro Peter Philip Phillip Rafael Ralph Randall Ray Raymond Ricardo Richard Robert Roberto
	Roger Ronald Roy Russell Ryan Samuel Scott Sean Sergei Simon Stanley Stephen Steve Steven
	Stuart Terrence Thomas Tim Timothy Tom Tomás Tony Travis Victor Viktor Vincent Walter Warren
	Wayne William Willie Yusuf Zachary`;

const SEX = new Map<string, 'female' | 'male'>([
	...FEMALE.trim()
		.split(/\s+/)
		.map((n) => [n, 'female'] as const),
	...MALE.trim()
		.split(/\s+/)
		.map((n) => [n, 'male'] as const)
]);

/**
 * The sex the first name of `person` tells ("Tom Brooks" → male), or null for a lone surname, a
 * name borne by both sexes, or one the table does not hold.
 */
export function givenNameSex(person: string): 'female' | 'male' | null {
	const words = person.trim().split(/\s+/);
	// (A lone word may be a surname: "Dale" in "Mr. Dale" is no first name.)
	if (words.length < 2) return null;
	return SEX.get(words[0]!) ?? null;
}
