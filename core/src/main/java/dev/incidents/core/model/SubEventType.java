package dev.incidents.core.model;

/** ACLED-style sub-event type of an incident. Constants are spelled as the JSON contract spells them. */
public enum SubEventType {
  /** armed clash */
  ARMED_CLASH,
  /** non-state actor overtakes territory */
  NON_STATE_ACTOR_OVERTAKES_TERRITORY,
  /** government regains territory */
  GOVERNMENT_REGAINS_TERRITORY,
  /** remote explosive, landmine or IED */
  REMOTE_EXPLOSIVE_IED,
  /** suicide bomb */
  SUICIDE_BOMB,
  /** grenade */
  GRENADE,
  /** air or drone strike */
  AIR_DRONE_STRIKE,
  /** shelling, artillery or missile attack */
  SHELLING,
  /** attack */
  ATTACK,
  /** abduction or forced disappearance */
  ABDUCTION,
  /** sexual violence */
  SEXUAL_VIOLENCE,
  /** arrests */
  ARREST,
  /** looting or property destruction */
  LOOTING_PROPERTY_DESTRUCTION,
  /** peaceful protest */
  PEACEFUL_PROTEST,
  /** protest with intervention */
  PROTEST_WITH_INTERVENTION,
  /** violent demonstration */
  VIOLENT_DEMONSTRATION,
  /** mob violence */
  MOB_VIOLENCE,
  /** any other sub-event */
  OTHER
}
