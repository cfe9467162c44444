/** The matching texts in English: HR's Matching section and the participants' shortlist. */
import type { MatchingTexts, ShortlistTexts } from "./matching-texts";

const count = (n: number, singular: string, plural = `${singular}s`): string =>
  `${n} ${n === 1 ? singular : plural}`;
const ordinal = (n: number): string =>
  n === 1 ? "top" : n === 2 ? "second" : n === 3 ? "third" : `no. ${n}`;

export const MATCHING_ENGLISH: MatchingTexts = {
  title: "Matching",
  loading: "Loading the matching…",
  loadFailed: "The matching could not be loaded",
  failureTitle: "Could not load the matching",
  notYetTitle: "Matching comes after the questionnaire",
  notYetText:
    "Enrol the people, vet the mentors and launch the questionnaire first: pairs are proposed from their answers.",
  questionnaireOpenTitle: "The questionnaire is still open",
  questionnaireOpenText:
    "Pairs are proposed once the wave moves to matching: answers are then closed, and mentors and mentees can still choose each other until the pairs are published.",
  startMatching: "Start matching",
  startMatchingFailed: "The wave could not move to matching",

  weights: {
    legend: "What makes a good pair",
    intro:
      "A pair's score adds up these criteria. The hard rules (a common language, never in the same reporting line, never paired before) are never traded for points.",
    criteria: {
      topics: {
        name: "Shared topics",
        meaning:
          "The mentor offers what the mentee asked for; the topic the mentee ranked first counts most.",
      },
      level: {
        name: "Level gap",
        meaning: "The mentor's level on those topics is well above the mentee's comfort today.",
      },
      language: {
        name: "Preferred language",
        meaning: "The mentor speaks the language the mentee prefers for the sessions.",
      },
      site: {
        name: "Same site",
        meaning: "They work on the same site, or in close time zones: easier to meet in person.",
      },
      mutualChoice: {
        name: "Mutual choice",
        meaning: "They chose each other in their shortlists (counts fully), or one chose the other.",
      },
    },
    share: (percent) => `${percent} of a perfect score`,
    none: "Not counted",
    save: "Save the weights",
    saved: "Weights saved.",
    saveFailed: "The weights could not be saved",
    reset: "Back to the defaults",
    takesEffect: "New weights apply the next time you propose pairs.",
    fixed: "The pairs are published: the weights they were chosen with can no longer change.",
  },

  pool: {
    title: "Who can be paired",
    mentees: "Mentees who answered",
    mentors: "Eligible mentors who answered",
    places: "Places with mentors",
    mutualChoices: "Mutual choices",
    propose: "Propose pairs",
    proposeAgain: "Propose again (keeps locked pairs)",
    proposing: "Looking for the best pairs for the whole wave…",
    proposeFailed: "The pairs could not be proposed",
    proposed: (pairs, unmatched) =>
      `${count(pairs, "pair")} proposed, ${count(unmatched, "mentee")} without a mentor.`,
  },

  totals: {
    title: "Proposal",
    pairs: (n) => count(n, "pair"),
    groups: (n) => count(n, "group"),
    totalScore: "Total score",
    scoreOf: (total, optimal) => `${total} of a best possible ${optimal}`,
    proven: "Proven optimal",
    provenHint: "No other assignment of this wave scores higher.",
    notProven: "Best found",
    edited: "Edited by hand",
    editedHint: "Your changes are kept when you propose again only if you lock those pairs.",
    proposedAt: (when) => `Proposed ${when}`,
  },

  table: {
    regionLabel: "Proposed pairs",
    pairsLabel: "Proposed pairs with their score and reasons",
    groupsLabel: "Proposed groups with their score and reasons",
    mentee: "Mentee",
    mentor: "Mentor",
    group: "Group",
    score: "Score",
    reasons: "Why",
    lock: "Lock",
    actions: "Actions",
    scoreLabel: (score, max) => `${score} points out of ${max}`,
    groupOf: (name) => `Group of ${name}`,
    lockedByHr: "Locked by HR",
    lockedMutual: "Mutual, locked",
    mutual: "Mutual choice",
    notLocked: "Not locked",
    lockPair: (name) => `Lock the pair of ${name}`,
    unlockPair: (name) => `Unlock the pair of ${name}`,
    actionsFor: (name) => `More changes for ${name}`,
    swap: "Swap mentors with…",
    changeMentor: "Give another mentor…",
    remove: "Take out of the proposal",
    busy: (name) => `Changing the pair of ${name}…`,
  },

  reasons: {
    topicCovered: (theme, rank, level, comfort) =>
      `Offers ${theme}, the ${ordinal(rank)} need (level ${level} for a comfort of ${comfort})`,
    topicNotCovered: (theme, rank) => `Does not offer ${theme} (${ordinal(rank)} need)`,
    preferredLanguage: (language) => `Speaks ${language}, the mentee's preferred language`,
    commonLanguage: (language) => `Can hold the sessions in ${language}`,
    sameSite: (site) => `Both work in ${site}`,
    timeZoneGap: (hours) => (hours === 0 ? "Same time zone" : `${count(hours, "hour")} apart`),
    mutualChoice: "They chose each other",
    chosenByMentee: "The mentee chose this mentor",
    chosenByMentor: "The mentor chose this mentee",
    lockedByHr: "Kept: locked by HR",
    lockedMutual: "Kept: a mutual choice",
  },

  unmatched: {
    menteesTitle: (n) => `Mentees without a mentor (${n})`,
    everyoneMatched: "Every mentee who answered has a mentor.",
    listLabel: "Mentees without a mentor",
    noAllowedMentor: (details) => `Every mentor is ruled out: ${details}.`,
    excludedBy: {
      "no-common-language": (n) => `${count(n, "mentor")} share no language`,
      "reporting-line": (n) => `${count(n, "mentor")} in the reporting line`,
      "same-department": (n) => `${count(n, "mentor")} in the same department`,
      "met-before": (n) => `${count(n, "mentor")} already paired in an earlier wave`,
    },
    notEnoughCapacity: (n) =>
      `${count(n, "mentor")} would fit, but the best pairs for the whole wave use their places: add a mentor, raise a capacity, or assign one by hand.`,
    removedByHr: "Taken out of the proposal by HR.",
    noAnswers: "Has not answered the questionnaire.",
    assign: (name) => `Assign a mentor to ${name}`,
    mentorsTitle: (n) => `Mentors without a mentee (${n})`,
    everyMentorUsed: "Every eligible mentor has at least one mentee.",
    idleListLabel: "Mentors without a mentee",
    idle: {
      "not-needed": "Room left, but every mentee is better placed elsewhere.",
      "no-allowed-mentee": "The hard rules rule out every mentee.",
      "no-answers": "Has not answered the questionnaire.",
      "not-eligible": "Not approved or not trained yet.",
    },
    spare: (n) => `${count(n, "place")} free`,
  },

  edits: {
    refusedTitle: "This change was refused",
    failed: "The change could not be made",
    locked: (name) => `The pair of ${name} is locked.`,
    unlocked: (name) => `The pair of ${name} is unlocked.`,
    removed: (name) => `${name} was taken out of the proposal.`,
    swapped: (first, second) => `${first} and ${second} swapped mentors.`,
    assigned: (mentee, mentor) => `${mentee} now has ${mentor} as mentor.`,
    swapTitle: (name) => `Swap the mentor of ${name}`,
    swapWith: "Swap with",
    swapPlaceholder: "Choose a mentee",
    swapOption: (mentee, mentor) => `${mentee} (with ${mentor})`,
    swapPreview: (first, newMentor, second, otherMentor) =>
      `${first} would get ${newMentor}, and ${second} would get ${otherMentor}.`,
    swapConfirm: "Swap",
    noOneToSwap: "There is no other pair to swap with.",
    assignTitle: (name) => `Choose a mentor for ${name}`,
    mentorField: "Mentor",
    mentorPlaceholder: "Choose a mentor",
    withRoom: (mentor, spare) => `${mentor}: ${count(spare, "place")} free`,
    alreadyHas: (mentor, mentees) => `${mentor}: already has ${count(mentees, "mentee")}`,
    assignHint: "A mentor who is full, or ruled out by a hard rule, is refused with the reason.",
    assignConfirm: "Assign",
    noMentorAvailable: "No mentor is available.",
  },

  publish: {
    publish: "Publish the pairs",
    title: (n) => `Publish ${count(n, "pair")}?`,
    groupsTitle: (n) => `Publish ${count(n, "group")}?`,
    running: "The wave moves to Running: its pairs, rules and weights can then no longer change.",
    introductions: (n) =>
      n === 1
        ? "The Tandem bot introduces the pair to each other in Teams."
        : `The Tandem bot introduces each of the ${n} pairs to each other in Teams.`,
    groupIntroductions: (n) =>
      n === 1
        ? "The Tandem bot introduces the group's members to each other in Teams."
        : `The Tandem bot introduces the members of each of the ${n} groups to each other in Teams.`,
    unmatchedTold: (n) =>
      n === 1
        ? "The mentee without a mentor is told so, with the reason."
        : `The ${n} mentees without a mentor are told so, with the reason.`,
    everyoneMatched: "Every mentee who answered has a mentor.",
    confirm: "Publish",
    publishedTitle: "Pairs published",
    publishedText: (date, pairs) =>
      `Published on ${date}: ${count(pairs, "pair")}. The Tandem bot introduces each pair in Teams and tells the mentees without a mentor.`,
    readOnly: "This is the published result: it can no longer be edited.",
  },
};

export const SHORTLIST_ENGLISH: ShortlistTexts = {
  title: "Choose who you'd like to be paired with",
  intro: (max, otherSide) =>
    `Optional: pick up to ${max} ${otherSide} you would like to work with, in order of preference.`,
  notAGuarantee:
    "When you choose each other, HR sees it as a strong preference, not a guarantee: the pairs are worked out for the whole wave.",
  otherSide: { mentor: "mentors", mentee: "mentees" },
  loading: "Loading the profiles…",
  loadFailed: "The profiles could not be loaded",
  failureTitle: "Could not load the profiles",
  noCandidates: "There are no profiles to choose from yet.",
  candidatesLabel: "Profiles you can choose",
  offers: "Can share",
  needs: "Wants to learn",
  motivation: "Why they mentor",
  choose: (name) => `Choose ${name}`,
  chosen: (rank) => `Your choice no. ${rank}`,
  unchoose: (name) => `Remove ${name} from your choices`,
  yourChoices: "Your choices",
  noChoiceYet: "No choice yet: this is optional.",
  full: (max) => `You have chosen ${max}: remove one to choose someone else.`,
  moveUp: (name) => `Move ${name} up`,
  moveDown: (name) => `Move ${name} down`,
  save: "Save my choices",
  saved: "Your choices are saved.",
  unsaved: "Not saved yet.",
  saveFailed: "Your choices could not be saved",
  closedTitle: "Choices are closed",
  closedText: "The pairs are being decided or already published: your choices were passed on to HR.",
  closedNone: "You did not choose anyone: that is fine, the pairs are worked out from your answers.",
};
